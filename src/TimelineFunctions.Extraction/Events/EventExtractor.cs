using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Turns sentences into events. Each sentence is split into its reporting frame and its content
/// (<see cref="ReportingFrameFinder"/>), so "X said on Friday that China deported 600 people this week" yields a
/// statement on Friday and a deportation that week. The content's first trigger (<see cref="TriggerLexicon"/>)
/// types it and the date nearest that trigger dates it (<see cref="EventDater"/>); a date after the publication
/// date is a plan, recorded when it was announced. A statement is dated when it was said; what was said and what
/// was done on one day are one event (<see cref="JoinSaidAndDone"/>). Statements by one speaker on one day keep every
/// sentence, all with the sharpest type, for the merge to join. Undated events are kept only when they involve an actor the article names
/// more than once, which keeps passing comparisons ("X was sentenced to 11 years") off the timeline.
/// </summary>
public sealed partial class EventExtractor(TriggerLexicon lexicon)
{
    private const int MaxHeadingWords = 15;
    private const int MaxQuoteChars = 1500;
    private const int SceneDays = 7;
    private static readonly EventKind Statement = new(EventKind.StatementType, "01");
    private static readonly EventKind Occurrence = new("occurrence", null);
    private static readonly EventKind Plan = new(EventKind.PlanType, null);

    private static readonly HashSet<string> IrregularPast = EventWords.Of("irregular-past");

    public static EventExtractor Default { get; } = new(TriggerLexicon.Default);

    public IReadOnlyList<ExtractedEvent> Extract(string text, IReadOnlyList<TemporalExpression> timexes, ActorAnalysis actors, PublicationDating dating)
    {
        var salience = actors.Mentions.GroupBy(m => m.ActorId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var actorsById = actors.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var events = new List<ExtractedEvent>();
        var statements = new Dictionary<(string Speaker, string Date), List<int>>();
        var triggerIndex = lexicon.Index(text);
        var mentions = actors.Mentions.OrderBy(m => m.Start).ToList();
        var dates = timexes.OrderBy(t => t.Start).ToList();
        var (mentionAt, dateAt) = (0, 0);
        DateOnly? scene = null;
        var lead = new LeadSentence();

        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (IsHeading(sentence))
            {
                continue;
            }

            var isLead = lead.Next(sentence);

            var reference = EventDater.ReferenceAt(dating, sentence.Start);
            // Mentions and dates are sorted and sentences come in order: each sentence takes the next slice of each.
            var firstMention = Advance(mentions, mentionAt, m => m.Start, sentence.Start);
            mentionAt = Advance(mentions, firstMention, m => m.Start, sentence.End);
            var firstDate = Advance(dates, dateAt, t => t.Start, sentence.Start);
            dateAt = Advance(dates, firstDate, t => t.Start, sentence.End);
            var sentenceTimexes = dates.GetRange(firstDate, dateAt - firstDate);
            sentenceTimexes.RemoveAll(t => YearInName.Holds(text, t) || ComparisonBaseline.Holds(text, t));
            var frame = ReportingFrameFinder.Find(sentence, sentenceTimexes, lexicon);
            var context = new SentenceContext(text, sentence, frame, mentions, firstMention, mentionAt, actorsById, reference, SceneWithin(scene, reference));
            var triggers = triggerIndex.Find(frame.ContentStart, frame.ContentEnd)
                .Where(t => !RelativeClause.Holds(text, sentence.Start, t.Start) && !InDescriptionOfADatedClause(text, frame, sentenceTimexes, t))
                .ToList();
            var speechAct = triggers.FirstOrDefault(t => t.Kind.IsSpeechAct);
            var deed = ClauseDeed(text, triggers, sentenceTimexes, frame.ContentEnd);

            var statement = frame.HasFrame ? StatementEvent(context, frame, sentenceTimexes, speechAct) : null;
            var content = ContentEvent(context, frame, sentenceTimexes, deed, frame.HasFrame ? null : speechAct, statement?.Date);
            if (content is { Date: null, NamedWeekday: null, NamedDay: null, PlannedFor: null } && statement is null && isLead && reference is { } published
                && deed is not null && (IsReportedDeed(text, deed) || LeadSentence.HasDoneVerb(text, frame.ContentStart, deed.Start))
                && !HasFutureMarker(text, frame.ContentStart, frame.ContentEnd)
                && !sentenceTimexes.Exists(t => t.Start >= frame.ContentStart && t.End <= frame.ContentEnd && EventDater.IsUnanchored(t)))
            {
                // The lead's latest development, told without a date: it happened by the publication date.
                content = content with { Date = EventDater.FromReference(published) };
            }

            if (content is not null && content.Date is null && content.NamedWeekday is null && content.NamedDay is null
                && !(IsReportedDeed(text, deed) && context.Names(frame.ContentStart, frame.ContentEnd, id => salience.GetValueOrDefault(id) > 1)))
            {
                content = null;
            }

            if (statement is not null)
            {
                scene = statement.Date?.Texts.Count > 0 ? SceneDate(statement, reference) ?? scene : scene;
            }

            (content, statement) = JoinSaidAndDone(text, frame, sentenceTimexes, deed, speechAct, content, statement);
            if (content is not null)
            {
                events.Add(content);
                scene = frame.HasFrame ? scene : SceneDate(content, reference) ?? scene;
                events.AddRange(FurtherDatedDeeds(context, frame, sentenceTimexes, triggers, deed ?? (frame.HasFrame ? null : speechAct), content));
                events.AddRange(DateList.Items(text, frame.ContentStart, frame.ContentEnd, sentenceTimexes, content, reference));
                events.AddRange(DateList.CoordinatedClauses(text, frame.ContentStart, frame.ContentEnd, sentenceTimexes, content, reference)
                    .Where(e => !events.Exists(x => x.QuoteStart == e.QuoteStart && x.Date?.Value == e.Date!.Value)));
            }

            if (statement is not null)
            {
                AddStatement(events, statements, statement);
            }
        }

        return events;
    }

    /// <summary>
    /// What was said and what was done in one sentence, as the events it makes. "Search efforts were suspended on
    /// Tuesday, the admiral told reporters" is one event, the deed told by the speaker; so is a dated deed and a
    /// statement with no time of its own ("the village reopened its intake on Tuesday, the reeve said"), whose date is
    /// only the article's. A content that names no deed on the statement's own day leaves the statement. A statement of
    /// a deed the sentence does not date ("The Coast Guard has said the search has been suspended") is that deed's
    /// report. A statement and a deed of two days stay two events.
    /// </summary>
    private static (ExtractedEvent? Content, ExtractedEvent? Statement) JoinSaidAndDone(
        string text, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, TriggerMatch? deed, TriggerMatch? speechAct, ExtractedEvent? content, ExtractedEvent? statement)
    {
        if (statement is null)
        {
            return (content, null);
        }

        if (content is null)
        {
            return IsReportedDeed(text, deed)
                ? (statement with { Type = deed!.Kind.Type, CameoCode = deed.Kind.CameoCode, Trigger = TriggerText(text, deed) }, null)
                : (null, statement);
        }

        var sameDay = content.Date?.Value == statement.Date?.Value;
        var statementHasOwnTime = statement.Date?.Texts.Count > 0;
        if (!sameDay && (content.Date is null || statementHasOwnTime))
        {
            return (content, statement);
        }

        if (deed is null && content.PlannedFor is null && sameDay)
        {
            return (null, statement);
        }

        // A content that names no deed takes the speech act its date follows ("says it warned the company last month":
        // a warning, last month; but "cut inspections in January and warned" was a cut).
        var typedBySpeech = deed is null && content.PlannedFor is null && speechAct is not null
            && EventDater.Governing(timexes, frame.ContentStart, frame.ContentEnd, frame.ContentStart) is { } contentTimex
            && speechAct.Start < contentTimex.Start;
        return (content with
        {
            Type = typedBySpeech ? statement.Type : content.Type,
            CameoCode = typedBySpeech ? statement.CameoCode : content.CameoCode,
            Trigger = typedBySpeech ? statement.Trigger : content.Trigger,
            Participants = [.. statement.Participants.Concat(content.Participants).DistinctBy(p => p.ActorId)],
        }, null);
    }

    /// <summary>
    /// Whether an event word is the verb of a relative clause (<see cref="RelativeClause.Describes"/>) after a main
    /// clause dated on its own: "the governor on Monday toured the quay where a crane collapsed on Sunday" tells a
    /// visit on Monday, and the collapse only describes the quay. Without a date before it, the relative clause may
    /// be the news ("the bridge that collapsed will take years to rebuild").
    /// </summary>
    private static bool InDescriptionOfADatedClause(string text, ReportingFrame frame, List<TemporalExpression> timexes, TriggerMatch trigger) =>
        RelativeClause.Describes(text, frame.ContentStart, trigger.Start)
        && timexes.Exists(t => t.IsResolvedDate && t.Start >= frame.ContentStart && t.End <= trigger.Start && !RelativeClause.Describes(text, frame.ContentStart, t.Start));

    /// <summary>
    /// The clause's deed: the first trigger by priority, unless it only sits in an undated phrase the clause refers to
    /// ("they were suspending the search … after the collapse") and another does not. A date in the phrase ("closed
    /// since the collapse of the bridge on March 26") makes it the dated deed.
    /// </summary>
    private TriggerMatch? ClauseDeed(string text, List<TriggerMatch> triggers, List<TemporalExpression> timexes, int contentEnd)
    {
        TriggerMatch? first = null;
        foreach (var trigger in triggers)
        {
            if (trigger.Kind.IsSpeechAct)
            {
                continue;
            }

            first ??= trigger;
            if (!lexicon.IsReferredTo(text, trigger) || timexes.Exists(x => x.Start > trigger.Start && x.Start < contentEnd))
            {
                return trigger;
            }
        }

        return first;
    }

    /// <summary>
    /// The event the content tells. <paramref name="saidOn"/>, when the sentence reports a statement, is the "now" of
    /// what it reports: "Moore said [on Tuesday] recovery operations would begin Wednesday" is a plan of Tuesday.
    /// </summary>
    private static ExtractedEvent? ContentEvent(SentenceContext context, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, TriggerMatch? deed, TriggerMatch? unframedSpeech, EventDate? saidOn)
    {
        if (frame.ContentEnd - frame.ContentStart < 12 || IsQuotation(context.Text, frame))
        {
            return null;
        }

        var trigger = deed ?? unframedSpeech;
        var anchor = trigger?.Start ?? frame.ContentStart;
        var timex = EventDater.Governing(timexes, frame.ContentStart, frame.ContentEnd, anchor);
        if (timex is not null && RelativeClause.Separates(context.Text, anchor, timex.Start))
        {
            // The date belongs to a relative clause after the deed ("the firm that rescued the crew in 2019").
            timex = EventDater.Governing(timexes.Where(t => t.End <= anchor || !RelativeClause.Separates(context.Text, anchor, t.Start)), frame.ContentStart, frame.ContentEnd, anchor);
        }

        if (trigger is null && timex is null)
        {
            return null;
        }

        var kind = trigger?.Kind ?? Occurrence;
        var date = timex is null ? null : EventDater.FromExpression(timex);
        var saidDay = saidOn is { Granularity: Granularity.Day } said ? said.Start : (DateOnly?)null;
        // The words that make a dated content future come before its date ("would begin Wednesday"); one after it
        // belongs to another clause ("have been at the site since Wednesday and expect to finish").
        var hasFutureMarker = HasFutureMarker(context.Text, frame.ContentStart, timex?.Start ?? frame.ContentEnd);
        // A period still running when it was said is future too when the words say so ("is scheduled to visit this week").
        var isFuture = date is not null
            ? (context.Reference is { } r && date.Start > r) || ((saidDay ?? context.Reference) is { } now && date.End >= now && date.Start >= now.AddDays(-6) && hasFutureMarker)
            : trigger is not null && hasFutureMarker;
        if (isFuture && !frame.HasFrame && IsForecast(context.Text, frame.ContentStart, frame.ContentEnd))
        {
            // The writer's own projection ("the deal is expected to close in June"): nobody announced anything.
            return null;
        }

        EventDate? plannedFor = null;
        if (isFuture && (saidDay ?? context.Reference) is { } announced)
        {
            plannedFor = date;
            // Reported before it happens ("will be sentenced on March 28", "openings are set to begin"): what happened
            // is the announcement of a plan, on the day it was said, or else reported.
            kind = Plan;
            date = saidDay is null ? EventDater.FromReference(announced) : saidOn;
        }

        var contentText = context.Text[frame.ContentStart..frame.ContentEnd];
        var participants = context.Participants(frame.ContentStart, frame.ContentEnd, trigger?.Start ?? frame.ContentStart);
        return new ExtractedEvent(
            kind.Type,
            kind.CameoCode,
            SummaryWriter.Clause(contentText),
            context.Quote,
            context.Sentence.Start,
            date,
            participants,
            context.LocationIn(context.Sentence.Start, context.Sentence.End),
            frame.HasFrame ? context.Speaker?.Name ?? context.SpeakerPhrase : null)
        {
            PlannedFor = plannedFor,
            Trigger = trigger is null ? null : TriggerText(context.Text, trigger),
            NamedWeekday = date is null && trigger is not null ? EventDater.UnanchoredWeekday(timexes, frame.ContentStart, frame.ContentEnd) : null,
            NamedDay = date is null && trigger is not null ? EventDater.UnanchoredMonthDay(timexes, frame.ContentStart, frame.ContentEnd, trigger.Start) : null,
        };
    }

    /// <summary>
    /// Other deeds in the same clause with a date of their own ("found guilty on Nov. 2 … stemming from FTX's 2022
    /// collapse"; "announced on April 25 ahead of the June 10 announcement"): one event each, dated by the expression
    /// nearest their trigger when that is not the first event's.
    /// </summary>
    private static List<ExtractedEvent> FurtherDatedDeeds(SentenceContext context, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, List<TriggerMatch> triggers, TriggerMatch? first, ExtractedEvent firstEvent)
    {
        if (first is null || firstEvent.Date is null)
        {
            return [];
        }

        var used = new HashSet<string>(StringComparer.Ordinal) { firstEvent.Date.Value };
        var further = new List<ExtractedEvent>();
        foreach (var trigger in triggers.Where(t => (!t.Kind.IsSpeechAct || !frame.HasFrame) && t != first && Math.Abs(t.Start - first.Start) > first.Length))
        {
            var timex = EventDater.Governing(timexes, frame.ContentStart, frame.ContentEnd, trigger.Start);
            if (timex is null || EventDater.Governing(timexes, frame.ContentStart, frame.ContentEnd, first.Start) == timex
                || (context.Reference is { } r && timex.RangeStart > r) || !used.Add(EventDater.FromExpression(timex).Value))
            {
                continue;
            }

            further.Add(firstEvent with
            {
                Type = trigger.Kind.Type,
                CameoCode = trigger.Kind.CameoCode,
                Date = EventDater.FromExpression(timex),
                Participants = context.Participants(frame.ContentStart, frame.ContentEnd, trigger.Start),
                Trigger = TriggerText(context.Text, trigger),
            });
        }

        return further;
    }

    private static ExtractedEvent? StatementEvent(SentenceContext context, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, TriggerMatch? speechAct)
    {
        var isAttribution = context.Text.AsSpan(frame.VerbStart).StartsWith("according", StringComparison.OrdinalIgnoreCase);

        // The statement's own time is the verb's time phrase ("said on Friday") or an introductory one ("In remarks
        // on Thursday, the attorney praised"), never a date inside a relative clause of the speaker ("a defector who
        // fled in 2001 said").
        var frameTimex = EventDater.Governing(timexes, frame.VerbStart, frame.FrameEnd, frame.VerbStart)
            ?? EventDater.Governing(
                timexes.Where(t => !RelativeClause.Opens(context.Text, frame.FrameStart, t.Start)),
                frame.FrameStart,
                frame.VerbStart,
                frame.VerbStart);
        if (frameTimex is null && context.Reference is null && timexes.Any(t => t.Start >= frame.VerbStart && t.End <= frame.FrameEnd && EventDater.IsUnanchored(t)))
        {
            // "X said on Monday evening" in an article with no date: the statement has a day the text names but
            // nothing resolves. Kept undated it would pass for a statement the article does not date; it is dropped.
            return null;
        }

        var speaker = context.Speaker;
        if (frameTimex is null && (isAttribution || (speaker is null && speechAct is null)))
        {
            // "…, officials said." adds nothing a dated content event does not already say; "according to X" names a
            // source, not an act of speaking at some time.
            return null;
        }

        var date = frameTimex is not null ? EventDater.FromExpression(frameTimex)
            : (context.Scene ?? context.Reference) is { } when ? EventDater.FromReference(when)
            : null;
        var kind = speechAct?.Kind ?? Statement;
        var speakerName = speaker?.Name ?? context.SpeakerPhrase;
        var content = frame.ContentEnd > frame.ContentStart ? context.Text[frame.ContentStart..frame.ContentEnd] : null;
        List<EventParticipant> participants = speaker is null ? [] : [new EventParticipant(speaker.Id, "speaker")];
        // The frame's other actors ("US Coast Guard Rear Admiral Shannon Gilreat told reporters") take part too.
        participants.AddRange(context.Participants(frame.FrameStart, frame.FrameEnd, frame.VerbStart)
            .Concat(context.Participants(frame.ContentStart, frame.ContentEnd, frame.ContentStart))
            .Where(p => p.ActorId != speaker?.Id)
            .DistinctBy(p => p.ActorId));
        return new ExtractedEvent(
            kind.Type,
            kind.CameoCode,
            SummaryWriter.Statement(speakerName, content),
            context.Quote,
            context.Sentence.Start,
            date,
            participants,
            context.LocationIn(context.Sentence.Start, context.Sentence.End),
            speakerName)
        {
            Trigger = speechAct is null ? null : TriggerText(context.Text, speechAct),
        };
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

    /// <summary>
    /// One speaker's statements on one day are one statement told in several sentences: each is kept, so that every
    /// sentence stays visible as a source, and all take the sharpest type any of them has ("statement" → "protest"),
    /// so the merge joins them as one (things said by one speaker on one day).
    /// </summary>
    private static void AddStatement(List<ExtractedEvent> events, Dictionary<(string Speaker, string Date), List<int>> statements, ExtractedEvent statement)
    {
        var key = (statement.Participants.Count > 0 ? statement.Participants[0].ActorId : statement.Attribution ?? "", statement.Date?.Value ?? "");
        if (!statements.TryGetValue(key, out var indices))
        {
            statements[key] = indices = [];
        }
        else if (events[indices[0]].Type != Statement.Type)
        {
            statement = statement with { Type = events[indices[0]].Type, CameoCode = events[indices[0]].CameoCode };
        }
        else if (statement.Type != Statement.Type)
        {
            foreach (var index in indices)
            {
                events[index] = events[index] with { Type = statement.Type, CameoCode = statement.CameoCode };
            }
        }

        indices.Add(events.Count);
        events.Add(statement);
    }

    private static string TriggerText(string text, TriggerMatch trigger) => text.Substring(trigger.Start, trigger.Length);

    /// <summary>
    /// A trigger that is a verb in the past ("had forced back", "was detained") reports a deed; a noun ("any forced
    /// repatriation goes against norms") only refers to one, and without a date it is not an event. Nor is a
    /// participle after a determiner, which describes a thing ("rebuilding the collapsed bridge").
    /// </summary>
    private static bool IsReportedDeed(string text, TriggerMatch? trigger)
    {
        if (trigger is null)
        {
            return false;
        }

        var before = text.AsSpan(0, trigger.Start);
        var previous = WordsBeside.TakeLast(ref before);
        var isPast = text.AsSpan(trigger.Start, trigger.Length).ToString().Split(' ').Any(w => w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.Contains(w))
            || previous.Equals("was", StringComparison.OrdinalIgnoreCase) || previous.Equals("were", StringComparison.OrdinalIgnoreCase); // "they were suspending the search"
        // A relative "that" is no determiner here: "the bridge that collapsed" reports a collapse.
        var describesAThing = WordsBeside.IsDeterminer(previous) && !previous.Equals("that", StringComparison.OrdinalIgnoreCase);
        return isPast && !describesAThing;
    }

    /// <summary>
    /// The day a dated report sets the scene to ("Yesterday, a judge sentenced …"; "said on Thursday"): later
    /// statements with no date of their own belong to it. Only a day at most <see cref="SceneDays"/> before the
    /// publication date sets a scene.
    /// </summary>
    private static DateOnly? SceneDate(ExtractedEvent e, DateOnly? reference) =>
        e.Date is { Granularity: Granularity.Day } d && SceneWithin(d.Start, reference) is { } day ? day : null;

    private static DateOnly? SceneWithin(DateOnly? scene, DateOnly? reference) =>
        scene is { } day && reference is { } r && day <= r && day >= r.AddDays(-SceneDays) ? day : null;


    private static readonly ActorType[] PersonTypes = [ActorType.Person];

    /// <summary>A pronoun that stands for a person named before.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:he|she|him|her)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PersonalPronoun();

    /// <summary>
    /// Words that put what follows in the future: "will", "would" (not "would have"), "is set to", "are expected to",
    /// "is scheduled to", "plans to".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:will|shall|would(?!\s+have)|expects?\s+to|(?:is|are)\s+(?:set|expected|scheduled|due|slated|poised)\s+to|plans?\s+to|intends?\s+to)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FutureMarker();

    private static readonly string[] ForecastMarkers = [.. EventWords.Of("forecast-markers")];

    private static bool IsForecast(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var marker in ForecastMarkers)
        {
            var at = span.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(span[at - 1])) && (at + marker.Length == span.Length || !char.IsLetter(span[at + marker.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFutureMarker(string text, int start, int end) =>
        FutureMarker().Match(text, start, end - start).Success;

    /// <summary>Headlines, subheadings and list items: short lines without sentence punctuation.</summary>
    private static bool IsHeading(Sentence sentence)
    {
        var text = sentence.Text.TrimEnd();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words < 4 || (words <= MaxHeadingWords && (!".!?\"'\u201D\u2019)".Contains(text[^1], StringComparison.Ordinal) || IsTitleCase(text)));
    }

    /// <summary>
    /// A headline written in title case, even one that ends with a closing quote ("Judge Sides With Regulator on ‘Key
    /// Points’"): most of its words capitalized, and no sentence-final stop.
    /// </summary>
    private static bool IsTitleCase(string text)
    {
        if (text[^1] is '.' or '!' or '?')
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimStart('"', '\'', '\u2018', '\u201C', '(')).Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
        return words.Count >= 4 && words.Count(w => char.IsUpper(w[0])) >= 0.7 * words.Count;
    }

    private static bool IsQuotation(string text, ReportingFrame frame)
    {
        var content = text.AsSpan(frame.ContentStart, frame.ContentEnd - frame.ContentStart).Trim();
        return content.Length > 0 && content[0] is '"' or '\u201C' or '\'' or '\u2018';
    }

    /// <summary>
    /// What the rules need to know about the sentence being read: its frame, and the slice
    /// [<paramref name="firstMention"/>, <paramref name="endMention"/>) of the article's sorted mentions that lies in it.
    /// </summary>
    private sealed class SentenceContext(
        string text,
        Sentence sentence,
        ReportingFrame frame,
        List<ActorMention> mentions,
        int firstMention,
        int endMention,
        Dictionary<string, Actor> actorsById,
        DateOnly? reference,
        DateOnly? scene)
    {
        private IEnumerable<ActorMention> InSentence => mentions.Skip(firstMention).Take(endMention - firstMention);

        /// <summary>The day the story's scene is set to, if a dated report set one recently.</summary>
        public DateOnly? Scene { get; } = scene;

        public string Text { get; } = text;

        public Sentence Sentence { get; } = sentence;

        public DateOnly? Reference { get; } = reference;

        /// <summary>The sentence, without a participial gloss after a quote-first frame, and at most <see cref="MaxQuoteChars"/> long.</summary>
        public string Quote
        {
            get
            {
                var length = frame.ParticipialTail >= 0 ? frame.ParticipialTail - Sentence.Start : Sentence.Text.Length;
                return Sentence.Text[..Math.Min(length, MaxQuoteChars)];
            }
        }

        /// <summary>Each actor mentioned in [start, end) once, in order of first mention: agent before the trigger, target after it.</summary>
        public List<EventParticipant> Participants(int start, int end, int trigger)
        {
            // Plain loops: this runs for every event of every sentence.
            var participants = new List<EventParticipant>();
            for (var i = firstMention; i < endMention; i++)
            {
                var mention = mentions[i];
                if (mention.Start >= start && mention.Start < end && actorsById.ContainsKey(mention.ActorId) && !Contains(participants, mention.ActorId))
                {
                    participants.Add(new EventParticipant(mention.ActorId, mention.Start < trigger ? "agent" : "target"));
                }
            }

            // "he was jailed in August": the person a pronoun stands for takes part as if named.
            if (FirstPronoun(start, end) is var pronoun and >= 0
                && NearestBefore(pronoun, PersonTypes) is { } person && !Contains(participants, person.Id))
            {
                participants.Add(new EventParticipant(person.Id, pronoun < trigger ? "agent" : "target"));
            }

            return participants;
        }

        private List<int>? _pronouns;

        /// <summary>Where the first personal pronoun in [start, end) is, or -1; the sentence is searched once.</summary>
        private int FirstPronoun(int start, int end)
        {
            if (_pronouns is null)
            {
                _pronouns = [];
                foreach (var match in PersonalPronoun().EnumerateMatches(Sentence.Text))
                {
                    _pronouns.Add(Sentence.Start + match.Index);
                }
            }

            foreach (var at in _pronouns)
            {
                if (at >= start && at < end)
                {
                    return at;
                }
            }

            return -1;
        }

        /// <summary>Whether [start, end) names an actor (a pronoun does not count) for which <paramref name="wanted"/> holds.</summary>
        public bool Names(int start, int end, Func<string, bool> wanted)
        {
            for (var i = firstMention; i < endMention; i++)
            {
                if (mentions[i].Start >= start && mentions[i].Start < end && actorsById.ContainsKey(mentions[i].ActorId) && wanted(mentions[i].ActorId))
                {
                    return true;
                }
            }

            return false;
        }

        public string? LocationIn(int start, int end)
        {
            for (var i = firstMention; i < endMention; i++)
            {
                if (mentions[i].Start >= start && mentions[i].Start < end && actorsById.GetValueOrDefault(mentions[i].ActorId) is { Type: ActorType.Location } place)
                {
                    return place.Name;
                }
            }

            return null;
        }

        private static bool Contains(List<EventParticipant> participants, string actorId)
        {
            foreach (var participant in participants)
            {
                if (participant.ActorId == actorId)
                {
                    return true;
                }
            }

            return false;
        }

        private (bool Found, Actor? Actor) _speaker;

        /// <summary>The actor who speaks in the frame (resolved once per sentence), or null.</summary>
        public Actor? Speaker
        {
            get
            {
                if (!_speaker.Found)
                {
                    _speaker = (true, FindSpeaker());
                }

                return _speaker.Actor;
            }
        }

        /// <summary>The actor who speaks in the frame: named there, or the one a pronoun there stands for.</summary>
        private Actor? FindSpeaker()
        {
            // A name in the possessive is not the speaker: "Bankman-Fried's lawyers argued".
            var inFrame = InSentence
                .Where(m => frame.IsInFrame(m.Start) && !frame.IsInContent(m.Start) && !IsPossessive(m))
                .Select(m => actorsById.GetValueOrDefault(m.ActorId))
                .ToList();
            var named = inFrame.FirstOrDefault(a => a is { Type: ActorType.Person })
                ?? inFrame.FirstOrDefault(a => a is { Type: ActorType.Organization or ActorType.Country or ActorType.Group });
            if (named is not null)
            {
                return named;
            }

            var frameWords = Tokenizer.Tokenize(Text[frame.FrameStart..frame.FrameEnd]).Select(t => t.Text.ToLowerInvariant()).ToHashSet();
            ActorType[] wanted = frameWords.Overlaps(["he", "she"]) ? [ActorType.Person]
                : frameWords.Overlaps(["it", "they"]) ? [ActorType.Organization, ActorType.Country, ActorType.Group]
                : [];
            if (wanted.Length == 0)
            {
                return null;
            }

            // The person a pronoun speaker stands for is named before the sentence's own words: in "“These players like
            // Sam Bankman-Fried may be new …,” he said", "he" is the attorney named in the sentence before.
            return NearestBefore(Math.Min(frame.FrameStart, frame.ContentStart), wanted);
        }

        private bool IsPossessive(ActorMention mention)
        {
            var end = mention.Start + mention.Length;
            return end + 1 < Text.Length && Text[end] is '\'' or '\u2019' && Text[end + 1] is 's' or 'S' && (end + 2 == Text.Length || !char.IsLetter(Text[end + 2]));
        }

        /// <summary>The actor of one of the <paramref name="wanted"/> types mentioned last before <paramref name="offset"/>, or null.</summary>
        private Actor? NearestBefore(int offset, ActorType[] wanted)
        {
            for (var i = endMention - 1; i >= 0; i--)
            {
                if (mentions[i].Start < offset && actorsById.GetValueOrDefault(mentions[i].ActorId) is { } actor && wanted.Contains(actor.Type))
                {
                    return actor;
                }
            }

            return null;
        }

        /// <summary>The frame's words before the verb, for speakers that are not actors ("Officials", "the rights group").</summary>
        public string SpeakerPhrase
        {
            get
            {
                var start = frame.FrameStart;
                var end = Math.Max(start, frame.VerbStart);
                var phrase = Text[start..end].Trim(' ', ',', '\u201D', '"', '\u2014', '\u2013');
                return phrase.Length is > 0 and <= 80 ? char.ToUpperInvariant(phrase[0]) + phrase[1..] : "A source";
            }
        }
    }
}
