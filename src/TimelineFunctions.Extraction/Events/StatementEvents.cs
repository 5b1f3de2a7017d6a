using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Builds the statement a reporting frame makes, groups one speaker's statements of a day, and joins a statement with the event it reports.</summary>
internal static class StatementEvents
{
    /// <summary>Nouns of a decision in writing (`[deciding-documents]`): "opinion", "ruling", "order" ….</summary>
    private static readonly HashSet<string> DecidingDocuments = EventWords.Of("deciding-documents");

    /// <summary>Whether the speaker is a decision in writing ("her signed opinion", "the court's order").</summary>
    private static bool IsDecidingDocument(string? speaker) =>
        speaker is not null && speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last] && DecidingDocuments.Contains(last.TrimEnd('.', ',').ToLowerInvariant());

    /// <summary>The statement the sentence's frame makes, dated by its own time phrase, else the reference time, else the publication date; null when it adds nothing.</summary>
    internal static ExtractedEvent? Build(SentenceContext context, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, TriggerMatch? speechAct)
    {
        var isAttribution = context.Text.AsSpan(frame.VerbStart).StartsWith("according", StringComparison.OrdinalIgnoreCase);

        // The statement's own time is the verb's time phrase ("said on Friday") or an introductory one ("In remarks
        // on Thursday, the attorney praised"), never a date inside a relative clause of the speaker ("a defector who
        // fled in 2001 said") or in what a participle after the frame says ("…, adding that doses had arrived over
        // the weekend").
        // Nor is it a date after the page's: "The judge set the trial for 8 March next year and said …" was said before
        // the page was written.
        var sayable = context.Dct is { } page ? timexes.Where(t => t.RangeStart is not { } from || from <= page) : timexes;
        var frameTimex = EventDater.Governing(sayable.Where(t => !SpeechParticiple.Holds(context.Text, frame.VerbStart, t.Start)), frame.VerbStart, frame.FrameEnd, frame.VerbStart)
            ?? EventDater.Governing(
                sayable.Where(t => !RelativeClause.OpensInSpeakerPhrase(context.Text, frame.FrameStart, t.Start)),
                frame.FrameStart,
                frame.VerbStart,
                frame.VerbStart);
        // "X said on Monday evening" on a page whose dateline has no year: the weekday counts back from the dateline's day.
        var weekday = frameTimex is null && context.Dct is null && context.PageDay is not null ? EventDater.UnanchoredWeekday(timexes, frame.VerbStart, frame.FrameEnd) : null;
        // "On June 3, Aldana told the legislature …", "3 June: Aldana tells …" on a page with no date: the merge gives
        // the month and day the story's year.
        var namedDay = frameTimex is null && context.Dct is null ? EventDater.UnanchoredDay(timexes, frame.FrameStart, frame.FrameEnd, frame.VerbStart) : null;
        if (frameTimex is null && context.Dct is null && weekday is null && namedDay is null && timexes.Any(t => t.Start >= frame.VerbStart && t.End <= frame.FrameEnd && EventDater.IsUnanchored(t)))
        {
            // "X said on Monday evening" in an article with no date: the statement has a day the text names but
            // nothing resolves. Kept undated it would pass for a statement the article does not date; it is dropped.
            return null;
        }

        var speaker = context.Speaker;
        if (frameTimex is null && (isAttribution || (speaker is null && speechAct is null && weekday is null && namedDay is null)))
        {
            // "…, officials said." adds nothing a dated content event does not already say; "according to X" names a
            // source, not an act of speaking at some time. A day the page cannot resolve is a time ("13 April: The
            // ministry confirms …" on a page with no date).
            return null;
        }

        if (frameTimex is null && frame.ContentEnd > frame.ContentStart
            && EventWords.ContainsAny(context.Text.AsSpan(frame.ContentStart, frame.ContentEnd - frame.ContentStart), ContentEvents.HabitualMarkers))
        {
            // "The group usually demands payment in cryptocurrency, a researcher said": commentary on what usually
            // happens, said at no time the text gives, is no development of the story.
            return null;
        }

        // "Investigators have recovered the engine, the authority said": what has happened by now is said now, on the
        // page's day, whatever day the sentences before were about.
        var toldAsOfNow = frameTimex is null && frame.ContentEnd > frame.ContentStart && PresentPerfect.Holds(context.Text, frame.ContentStart, frame.ContentEnd);
        var date = frameTimex is not null ? EventDater.FromExpression(frameTimex, context.ReferenceTime)
            : context.ChronologyDate is { } entry ? entry
            : ((toldAsOfNow ? null : context.ReferenceTime) ?? context.Dct) is { } when ? EventDater.OnDay(when)
            : null;
        var kind = speechAct?.Kind ?? EventKind.Statement;
        var speakerName = speaker?.Name ?? context.SpeakerPhrase;
        var content = frame.ContentEnd > frame.ContentStart ? context.Text[frame.ContentStart..frame.ContentEnd] : null;
        List<EventParticipant> participants = speaker is null ? [] : [new EventParticipant(speaker.Id, EventParticipant.Speaker)];
        // "US Coast Guard Rear Admiral Shannon Gilreat told reporters": he speaks for the Coast Guard.
        participants.AddRange(context.BodiesSpokenFor.Select(id => new EventParticipant(id, EventParticipant.SpeaksFor)));

        // The frame's other actors take part too.
        participants.AddRange(context.Participants(frame.FrameStart, frame.FrameEnd, frame.VerbStart)
            .Concat(context.Participants(frame.ContentStart, frame.ContentEnd, frame.ContentStart))
            .Where(p => !participants.Exists(q => q.ActorId == p.ActorId))
            .DistinctBy(p => p.ActorId)
            .ToList());
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
            Trigger = speechAct is null ? null : speechAct.TextIn(context.Text),
            // Said on a page whose dateline has no year: on the weekday it names, else on the dateline's day.
            NamedWeekday = date is null ? weekday : null,
            PageDay = date is null && weekday is not null ? context.PageDay?.MonthDay : null,
            NamedDay = date is null && weekday is null ? (namedDay ?? context.PageDay)?.MonthDay : null,
        };
    }

    /// <summary>
    /// One speaker's statements on one day are one statement told in several sentences: each is kept, so that every
    /// sentence stays visible as a source, and all take the sharpest type any of them has ("statement" → "protest"),
    /// so the merge joins them as one (things said by one speaker on one day).
    /// </summary>
    internal static void Add(List<ExtractedEvent> events, Dictionary<(string Speaker, string Date), List<int>> statements, ExtractedEvent statement)
    {
        var key = (statement.Participants.Count > 0 ? statement.Participants[0].ActorId : statement.Attribution ?? "", statement.Date?.Value ?? "");
        if (!statements.TryGetValue(key, out var indices))
        {
            statements[key] = indices = [];
        }
        else if (events[indices[0]].Type != EventKind.Statement.Type)
        {
            statement = statement with { Type = events[indices[0]].Type, CameoCode = events[indices[0]].CameoCode };
        }
        else if (statement.Type != EventKind.Statement.Type)
        {
            foreach (var index in indices)
            {
                events[index] = events[index] with { Type = statement.Type, CameoCode = statement.CameoCode };
            }
        }

        indices.Add(events.Count);
        events.Add(statement);
    }

    /// <summary>
    /// What was said and what was done in one sentence, as the events it makes. "Search efforts were suspended on
    /// Tuesday, the admiral told reporters" is one event, the event told by the speaker; so is a dated event and a
    /// statement with no time of its own ("the village reopened its intake on Tuesday, the reeve said"), whose date is
    /// only the article's. A content that names no event on the statement's own day leaves the statement. A statement of
    /// an event the sentence does not date ("The Coast Guard has said the search has been suspended") is that event's
    /// report. A statement and an event of two days stay two events.
    /// </summary>
    internal static (ExtractedEvent? Content, ExtractedEvent? Statement) JoinSaidAndDone(
        string text, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, TriggerMatch? mainTrigger, TriggerMatch? speechAct, ExtractedEvent? content, ExtractedEvent? statement)
    {
        if (statement is null)
        {
            return (content, null);
        }

        if (content is null)
        {
            return PastTenseTrigger.Holds(text, mainTrigger)
                ? (statement with { Type = mainTrigger!.Kind.Type, CameoCode = mainTrigger.Kind.CameoCode, Trigger = mainTrigger.TextIn(text) }, null)
                : (null, statement);
        }

        // Undated, each may still name its day ("11-27", or a weekday).
        static string? Day(ExtractedEvent e) => e.Date?.Value ?? e.NamedDay ?? e.NamedWeekday?.ToString();
        var sameDay = Day(content) == Day(statement);
        var statementHasOwnTime = statement.Date?.Texts.Count > 0;
        if (content.Date is null && content.PlannedFor is null && statementHasOwnTime && mainTrigger is not null && IsDecidingDocument(statement.Attribution))
        {
            // A decision in writing says what it decides: "Judge Corley denied the FTC's motion, said her signed opinion
            // Tuesday" is the ruling, on Tuesday, not a ruling of unknown date and a statement about it.
            return (content with { Date = statement.Date, Participants = Together(statement, content) }, null);
        }

        if (Day(content) is null && content.PlannedFor is null && statement.Date is not null && mainTrigger is not null
            && LeadSentence.HasPresentPerfect(text, frame.ContentStart, mainTrigger.Start + mainTrigger.Length))
        {
            // "The institute says a second person has died": news of the statement's day, told as done by then; one
            // event, the death, on that day (as a lead's "the union has reached a deal" is the page's news).
            return (content with { Date = statement.Date, Participants = Together(statement, content) }, null);
        }

        if (!sameDay && (Day(content) is null || statementHasOwnTime))
        {
            return (content, statement);
        }

        if (mainTrigger is null && content.PlannedFor is null && sameDay)
        {
            return IsTimedDeed(text, frame, timexes, content) && !statementHasOwnTime && speechAct is null
                ? (content with { Participants = Together(statement, content) }, null)
                : (null, statement);
        }

        // A content that names no event takes the speech act its date follows ("says it warned the company last month":
        // a warning, last month; but "cut inspections in January and warned" was a cut).
        var typedBySpeech = mainTrigger is null && content.PlannedFor is null && speechAct is not null
            && EventDater.Governing(timexes, frame.ContentStart, frame.ContentEnd, frame.ContentStart) is { } contentTimex
            && speechAct.Start < contentTimex.Start;
        return (content with
        {
            Type = typedBySpeech ? statement.Type : content.Type,
            CameoCode = typedBySpeech ? statement.CameoCode : content.CameoCode,
            Trigger = typedBySpeech ? statement.Trigger : content.Trigger,
            Participants = Together(statement, content),
        }, null);
    }

    /// <summary>
    /// Whether the content tells a deed at a time of its own: a past verb before the content's time phrase ("The
    /// breach opened at about 2.30am, the authority said"). The speaker is the source of a fact of that time, not the
    /// news: the fact is the event, whatever words tell it, as a typed one would be ("reopened its intake on Tuesday").
    /// </summary>
    private static bool IsTimedDeed(string text, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, ExtractedEvent content) =>
        content.Date?.Texts.Count > 0
        && EventDater.Governing(timexes, frame.ContentStart, frame.ContentEnd, frame.ContentStart) is { } timex
        && AdjacentWords.HasPastVerb(text, frame.ContentStart, timex.Start);

    /// <summary>The statement's participants (its speaker first), then the content's, each once.</summary>
    private static List<EventParticipant> Together(ExtractedEvent statement, ExtractedEvent content) =>
        [.. statement.Participants.Concat(content.Participants).DistinctBy(p => p.ActorId)];
}
