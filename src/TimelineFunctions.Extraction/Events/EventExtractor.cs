using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Turns an article's sentences into events: the statement a reporting frame makes and the events its content tells.</summary>
/// <remarks>
/// Each sentence is split into its reporting frame and its content (<see cref="ReportingFrameFinder"/>), so "X said on
/// Friday that China deported 600 people this week" yields a statement on Friday (<see cref="StatementEvents"/>) and a
/// deportation that week (<see cref="ContentEvents"/>). The content's main trigger (<see cref="TriggerLexicon"/>) types
/// it and the date nearest that trigger dates it (<see cref="EventDater"/>); a date after the publication date is a
/// plan, recorded when it was announced. A statement is dated when it was said; what was said and what was done on one
/// day are one event (<see cref="StatementEvents.JoinSaidAndDone"/>). Statements by one speaker on one day keep every
/// sentence, all with the sharpest type, for the merge to join. Undated events are kept only when they involve an actor
/// the article names more than once, which keeps passing comparisons ("X was sentenced to 11 years") off the timeline.
/// </remarks>
public sealed class EventExtractor(TriggerLexicon lexicon)
{
    public static EventExtractor Default { get; } = new(TriggerLexicon.Default);

    public IReadOnlyList<ExtractedEvent> Extract(string text, IReadOnlyList<TemporalExpression> timexes, ActorAnalysis actors, PublicationDating dating)
    {
        var salience = actors.Mentions.GroupBy(m => m.ActorId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var actorsById = actors.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var events = new List<ExtractedEvent>();
        var statements = new Dictionary<(string Speaker, string Date), List<int>>();
        var triggerIndex = lexicon.Index(text);
        var mentions = actors.Mentions.OrderBy(m => m.Start).ToList();
        // "five days later" after a day is a day (LaterCount): sorted like the rest.
        var dates = LaterCount.Resolve(text, timexes, dating.Date?.Date);
        var (mentionAt, dateAt) = (0, 0);
        DateOnly? referenceTime = null;
        // Where the second clause of a sentence split at its frame starts (ClauseBeforeFrame), while its first is read.
        var secondClause = -1;
        Actor? previousSpeaker = null;
        var bodiesNamed = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var lead = new LeadSentence(dating.LiveEntryStarts);
        var quotedForColour = QuotedForColour.Find(text, actors);
        var sentences = SentenceSplitter.Split(text).ToList();
        // The actor stage's tokens, when they are this text's: the frame finder takes each sentence's from them.
        var textTokens = actors.Tokens is { } tokens && ReferenceEquals(tokens.Text, text) ? tokens : null;
        var chronology = Chronology.Find(text, sentences, dates, dating.Date?.Date);
        var quotedSentences = MultiSentenceQuote.InnerSentences(text, sentences);
        var pageCount = dating.Date is null ? ElapsedDayCount.Find(text, dates) : null;
        // The day the page's news happened (NewsDay), which its lead takes; an update stamped later takes its own stamp.
        var newsDay = dating.Date?.Date is { } page ? NewsDay.Of(page, dates) : (DateOnly?)null;

        for (var at = 0; at < sentences.Count; at++)
        {
            var sentence = sentences[at];
            var eventsBefore = events.Count;
            // A clause split off before a frame (ClauseBeforeFrame) has lost its full stop, not become a heading.
            if (Heading.Holds(sentence) && secondClause <= sentence.Start)
            {
                continue;
            }

            var isLead = lead.Next(sentence);
            var dct = EventDater.DctAt(dating, sentence.Start);
            if (lead.BeginsEntry)
            {
                // A live page's entry is told from its own day, not from the day an earlier entry's sentences were
                // about: entries often run newest first, and one may recap the weeks before.
                referenceTime = dct;
            }

            if (quotedSentences.Contains(sentence.Start))
            {
                // The speaker's words before the sentence that closes the quotation and names them (MultiSentenceQuote).
                continue;
            }

            // Mentions and dates are sorted and sentences come in order: each sentence takes the next slice of each.
            var firstMention = Advance(mentions, mentionAt, m => m.Start, sentence.Start);
            mentionAt = Advance(mentions, firstMention, m => m.Start, sentence.End);
            var firstDate = Advance(dates, dateAt, t => t.Start, sentence.Start);
            dateAt = Advance(dates, firstDate, t => t.Start, sentence.End);
            if (OtherStory.Holds(sentence, mentions, firstMention, mentionAt))
            {
                continue;
            }

            var sentenceTimexes = dates.GetRange(firstDate, dateAt - firstDate);
            // A century dates no event of a news story ("this is the 21st century").
            sentenceTimexes.RemoveAll(t => YearInName.Holds(text, t) || ComparisonBaseline.Holds(text, t) || t.Granularity == Granularity.Century);
            var frame = ReportingFrameFinder.Find(sentence, sentenceTimexes, lexicon, textTokens);
            if ((ClauseBeforeFrame.Split(sentence, frame) ?? PlanAfterDeed.Split(text, sentence, frame, sentenceTimexes, dct)) is var (first, second))
            {
                // "X has recalled three cheeses, and officials said on Tuesday …", "X will reopen next week after inspectors
                // cleared it on Monday": two sentences, read one after the other.
                sentences[at] = first;
                sentences.Insert(at + 1, second);
                secondClause = second.Start;
                (mentionAt, dateAt) = (firstMention, firstDate);
                lead.Split();
                at--;
                continue;
            }

            var isFirstClause = secondClause > sentence.Start;
            secondClause = isFirstClause ? secondClause : -1;
            var context = new SentenceContext(text, sentence, frame, mentions, firstMention, mentionAt, actorsById, dct, ReferenceTime.IfRecent(referenceTime, dct))
            {
                ChronologyDate = chronology.DateOf(sentence.Start),
                PageCount = pageCount,
                PageDay = dating.PageDay,
                ArticleEventWords = triggerIndex,
                PreviousSpeaker = previousSpeaker,
                BodiesNamedBefore = bodiesNamed,
            };
            var triggers = triggerIndex.Find(frame.ContentStart, frame.ContentEnd)
                .Where(t => !RelativeClause.Holds(text, sentence.Start, t.Start) && !SpeechParticiple.Holds(text, sentence.Start, t.Start)
                    && !ContentEvents.InDescriptionOfADatedClause(text, frame, sentenceTimexes, t)
                    && !ContentEvents.DescribesAnOldPast(text, frame, sentenceTimexes, t, dct))
                .ToList();
            var speechAct = triggers.FirstOrDefault(t => t.Kind.IsSpeechAct);
            // "…, a day after dockers voted to end the strike": the counted clause's event word types that clause, not the sentence.
            var counted = CountedDays.In(text, frame.ContentStart, frame.ContentEnd);
            var mainTrigger = MainTrigger(text, counted.Count == 0 ? triggers : [.. triggers.Where(t => !counted.Any(c => c.Holds(t.Start)))], sentenceTimexes, frame.ContentStart, frame.ContentEnd);
            if (speechAct is not null && mainTrigger is not null && !frame.HasFrame && RequestedDeed.Holds(text, speechAct, mainTrigger))
            {
                // "urged both sides to return to talks": an appeal, not talks.
                mainTrigger = null;
            }

            // What a passenger, a resident or an analyst quoted for colour or comment says is no development (QuotedForColour).
            var isColour = frame.HasFrame && context.Speaker is { } speaker && quotedForColour.Contains(speaker.Id);
            // Nor does a frame that tells nothing was said ("declined to say whether …", Refusal).
            var statement = frame.HasFrame && !isColour && !Refusal.Holds(text, frame)
                ? StatementEvents.Build(context, frame, sentenceTimexes, speechAct ?? FrameSpeechAct(text, sentence, frame, triggerIndex))
                : null;
            var content = ContentEvents.Build(context, frame, sentenceTimexes, mainTrigger, frame.HasFrame ? null : speechAct, statement?.Date, out var isForecast);
            if (content is not null && Condition.Opens(text, frame.ContentStart, frame.ContentEnd))
            {
                // "If the virus returns in the winter, hospitals could run short of beds": what would happen, not what did.
                content = null;
            }

            if (isColour && content?.Date?.Texts.Count is null or 0)
            {
                // Nor is a deed their words tell without a time of its own ("… before anyone has filed a lawsuit," said
                // an analyst): it is their view, and nothing dates it.
                content = null;
            }

            if (content is not null && content.Date?.Texts.Count is null or 0
                && (ContentEvents.TellsAHistory(text, frame.ContentStart, frame.ContentEnd) || ContentEvents.TellsWhatUsuallyHappens(text, frame.ContentStart, frame.ContentEnd)))
            {
                // "Greyfin has previously attacked schools": the actor's history, told with no time, is no deed of this
                // story, neither undated nor on the day of the sentence before; nor is what usually happens ("Bills
                // normally go through three readings").
                content = null;
            }

            if (isForecast && statement?.Date?.Texts.Count is null or 0)
            {
                // "The inquiry is expected to be completed in October, Solberg said": a projection, not an announcement.
                statement = null;
            }

            var datedAsTheNews = false;
            if (content is { Date: null, NamedWeekday: null, NamedDay: null, PlannedFor: null } && statement is null && isLead && (dct is not null || dating.PageDay is not null)
                && mainTrigger is not null && (PastTenseTrigger.Holds(text, mainTrigger) || LeadSentence.HasDoneVerb(text, frame.ContentStart, mainTrigger.Start))
                && !ContentEvents.HasFutureMarker(text, frame.ContentStart, frame.ContentEnd)
                && !sentenceTimexes.Exists(t => t.Start >= frame.ContentStart && t.End <= frame.ContentEnd && (EventDater.IsUnanchored(t) || LaterCount.IsUnresolved(text, t))))
            {
                // The lead's latest development, told without a date: it happened by the publication date, on the day the
                // article's news is about; on a page whose dateline has no year, on the dateline's day. ("Resigned two
                // days later" with no day before it tells a time the text does not give.)
                content = dct is { } published
                    ? content with { Date = EventDater.OnDay(published == dating.Date?.Date && newsDay is { } day ? day : published) }
                    : content with { NamedDay = dating.PageDay!.MonthDay };
                datedAsTheNews = true;
            }

            if (content is not null && content.Date is null && content.NamedWeekday is null && content.NamedDay is null
                && (isFirstClause || !(PastTenseTrigger.Holds(text, mainTrigger) && context.Names(frame.ContentStart, frame.ContentEnd, id => salience.GetValueOrDefault(id) > 1))))
            {
                // Undated, only a past deed of an actor the article names again is kept, and not in a clause split off
                // before a frame: "The six people who were missing are now presumed dead, and the Coast Guard has said …".
                content = null;
            }

            if (statement is not null)
            {
                referenceTime = statement.Date?.Texts.Count > 0 ? ReferenceTime.SetBy(statement, dct) ?? referenceTime : referenceTime;
            }

            (content, statement) = StatementEvents.JoinSaidAndDone(text, frame, sentenceTimexes, mainTrigger, speechAct, content, statement);
            if (content is not null)
            {
                events.Add(content);
                // The news day dates the lead alone: the statements after it are the page's unless a date moves them.
                referenceTime = frame.HasFrame || datedAsTheNews || ReferenceTime.IsPeriodStart(text, content, sentenceTimexes) ? referenceTime : ReferenceTime.SetBy(content, dct) ?? referenceTime;
                events.AddRange(ContentEvents.FurtherDated(context, frame, sentenceTimexes, triggers, mainTrigger ?? (frame.HasFrame ? null : speechAct), content));
                if (SubordinateClause.EventBefore(context, frame, sentenceTimexes, mainTrigger, content) is { } before)
                {
                    // The main clause sets the story's day: "flew on Saturday, after the ban was lifted on Friday".
                    events.Add(before);
                    referenceTime = frame.HasFrame ? referenceTime : ReferenceTime.SetBy(before, dct) ?? referenceTime;
                }

                events.AddRange(CountedDays.Events(context, counted, triggers, content));
                events.AddRange(DateList.Items(text, frame.ContentStart, frame.ContentEnd, sentenceTimexes, content, dct));
                events.AddRange(DateList.CoordinatedClauses(text, frame.ContentStart, frame.ContentEnd, sentenceTimexes, triggers, content, dct)
                    .Where(e => !events.Exists(x => x.QuoteStart == e.QuoteStart && x.Date?.Value == e.Date!.Value)));
                if (DateList.EarlierClause(text, frame.ContentStart, sentenceTimexes, triggers, mainTrigger, content, dct) is { } earlier
                    && !events.Exists(x => x.Date?.Value == earlier.Date!.Value && x.QuoteStart >= sentence.Start && x.QuoteStart < sentence.End))
                {
                    events.Add(earlier);
                }
            }

            if (statement is not null)
            {
                StatementEvents.Add(events, statements, statement);
            }

            events.AddRange(DatedRelativeClause.Events(context, sentenceTimexes));

            previousSpeaker = frame.HasFrame ? context.Speaker : null;
            if (statement is not null && context.BodiesNamedInFrame.Count > 0)
            {
                bodiesNamed.TryAdd(context.Speaker!.Id, context.BodiesNamedInFrame);
            }

            for (var i = eventsBefore; i < events.Count; i++)
            {
                if (chronology.TellsOnItsDate(sentence.Start, events[i]))
                {
                    events[i] = events[i] with { InChronology = true };
                }
            }
        }

        SaidAfterItsSubject.Redate(events, dating);
        return events;
    }

    /// <summary>
    /// A speech act the frame's speaker did before the reporting verb ("Rydell apologised to passengers on Thursday
    /// and said …"): it types the statement as one in the content does. Not one in a relative clause of the speaker
    /// ("the mayor, who apologised last week, said").
    /// </summary>
    private static TriggerMatch? FrameSpeechAct(string text, Sentence sentence, ReportingFrame frame, TriggerIndex triggers) =>
        triggers.Find(frame.FrameStart, frame.VerbStart).FirstOrDefault(t => t.Kind.IsSpeechAct && PastTenseTrigger.Holds(text, t)
            && !RelativeClause.Holds(text, sentence.Start, t.Start) && !RelativeClause.Opens(text, sentence.Start, t.Start));

    /// <summary>
    /// The clause's main trigger (speech acts aside): the first in the text told as done, a verb in the past or the noun
    /// a past verb takes (<see cref="PastTenseTrigger.IsToldAsDone"/>: "Dockers voted …, ending a nine-day strike" is a
    /// vote; "appointed a mediator in the dispute" an appointment; "opened an investigation …, and police arrested him"
    /// an investigation), else the first by priority. A trigger that only sits in an undated phrase the clause refers
    /// to ("they were suspending the search … after the collapse") or describes a thing ("her signed opinion") is passed
    /// over when another is not; a date in the phrase ("closed since the collapse of the bridge on March 26") makes it
    /// the dated event.
    /// </summary>
    private TriggerMatch? MainTrigger(string text, List<TriggerMatch> triggers, List<TemporalExpression> timexes, int contentStart, int contentEnd)
    {
        TriggerMatch? first = null;
        TriggerMatch? byPriority = null;
        TriggerMatch? firstVerb = null;
        foreach (var trigger in triggers)
        {
            if (trigger.Kind.IsSpeechAct || Negation.Denies(text, trigger.Start))
            {
                // A denied deed ("no one had died", "has not been charged") did not happen: it types nothing.
                continue;
            }

            first ??= trigger;
            var referredTo = lexicon.IsReferredTo(text, trigger);
            if ((!referredTo || timexes.Exists(x => x.Start > trigger.Start && x.Start < contentEnd)) && !PastTenseTrigger.DescribesAThing(text, trigger))
            {
                if (byPriority is null && referredTo)
                {
                    // "closed since the collapse of the bridge on March 26": the date is the phrase's, so is the event.
                    return trigger;
                }

                byPriority ??= trigger;
                if (PastTenseTrigger.IsToldAsDone(text, trigger, contentStart) && (firstVerb is null || trigger.Start < firstVerb.Start))
                {
                    firstVerb = trigger;
                }
            }
        }

        return firstVerb ?? byPriority ?? first;
    }

    /// <summary>The first index at or after <paramref name="from"/> whose item starts at or after <paramref name="offset"/>.</summary>
    private static int Advance<T>(List<T> items, int from, Func<T, int> start, int offset)
    {
        while (from < items.Count && start(items[from]) < offset)
        {
            from++;
        }

        return from;
    }
}
