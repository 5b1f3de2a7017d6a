using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Builds the events a sentence's content tells: the one its main trigger types, and further ones with dates of their own.</summary>
internal static partial class ContentEvents
{
    /// <summary>
    /// The event the content tells. <paramref name="saidOn"/>, when the sentence reports a statement, is the "now" of
    /// what it reports: "Moore said [on Tuesday] recovery operations would begin Wednesday" is a plan of Tuesday.
    /// <paramref name="isForecast"/> tells that the content is a projection of a future date ("is expected to be
    /// completed in October", "could run on its reservoir into next week"): no event, and, said by someone, no
    /// statement either, since nothing was decided or announced.
    /// </summary>
    internal static ExtractedEvent? Build(SentenceContext context, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, TriggerMatch? mainTrigger, TriggerMatch? unframedSpeech, EventDate? saidOn, out bool isForecast)
    {
        isForecast = false;
        if (frame.ContentEnd - frame.ContentStart < 12)
        {
            return null;
        }

        var trigger = mainTrigger ?? unframedSpeech;
        var anchor = trigger?.Start ?? frame.ContentStart;
        var timex = EventDater.Governing(timexes, frame.ContentStart, frame.ContentEnd, anchor);
        if (IsQuotation(context.Text, frame) && !(PastTenseTrigger.Holds(context.Text, mainTrigger) && timex is { IsResolvedDate: true, Granularity: Granularity.Day }))
        {
            // A quotation is what someone said, not a deed the article tells, unless it tells a deed done on a day it
            // names: "'My mother died on the last day of February,' he said".
            return null;
        }

        if (timex is not null && !DatesTheTrigger(timex))
        {
            // The date belongs to a relative clause after the trigger ("the firm that rescued the crew in 2019"), or to
            // one set off by commas before it ("Dane, who was convicted in September, had pleaded not guilty"), or to
            // a description set off by commas ("Kell, the photographer held since 11 April, was charged on Monday").
            timex = EventDater.Governing(timexes.Where(DatesTheTrigger), frame.ContentStart, frame.ContentEnd, anchor);
        }

        bool DatesTheTrigger(TemporalExpression t) =>
            !RelativeClause.Separates(context.Text, anchor, t.Start) && !RelativeClause.Isolates(context.Text, frame.ContentStart, frame.ContentEnd, t.Start, anchor)
            && !Apposition.Isolates(context.Text, frame.ContentStart, frame.ContentEnd, t.Start, anchor)
            && !EndsAPeriod(context.Text, t) && !NamesAnotherThing(t);

        // "its February 13 directive had been inspected": the date is the directive's, not the inspection's; "will cover
        // every contract awarded since 2019": the date is the contracts' award. A date of an event word ("the June 10
        // announcement of a return", "a breakthrough celebrated on Wednesday") still dates the clause.
        bool NamesAnotherThing(TemporalExpression t) =>
            NamedNounStart(t) is var noun and >= 0 && !context.IsEventWordAt(noun);

        int NamedNounStart(TemporalExpression t) =>
            trigger is not null && DateModifier.NounStart(context.Text, t) is var noun and >= 0
                ? noun
                : ReducedRelative.NounStart(context.Text, t, frame.ContentStart, trigger?.Start ?? -1);

        if (timex is not null && Separates(timex)
            && EventDater.Governing(timexes.Where(t => DatesTheTrigger(t) && !Separates(t)), frame.ContentStart, frame.ContentEnd, anchor) is { } own)
        {
            // "flew its first service on Saturday, after the authority lifted its restrictions on Friday": the lifting
            // takes the date of its own clause; so does "the mayor ordered residents to leave late on Monday" after
            // "Engineers spotted water seeping on Sunday, and". With none there, the other clause's date is the nearest it has.
            timex = own;
        }

        bool Separates(TemporalExpression t) =>
            SubordinateClause.Separates(context.Text, t, anchor) || DateList.CoordinatorBetween(context.Text, t, anchor);

        // On a page with no date, a day named without a year: a month and day, or a weekday the page's count of days
        // places ("on Monday" in the week before "its 10th day on Tuesday", ElapsedDayCount).
        var weekday = timex is null ? EventDater.UnanchoredWeekday(timexes, frame.ContentStart, frame.ContentEnd) : null;
        // Of the days named without a year, the one of the event word's own clause ("apologised on 5 March and resigned
        // four days later": the resignation's is the count's).
        var namedDay = timex is null
            ? NamedDay(context, timexes.Where(t => EventDater.IsUnanchored(t) && !Separates(t)).ToList() is { Count: > 0 } ownClause ? ownClause : timexes, frame, anchor, weekday)
            : null;
        if (weekday is not null && namedDay?.MonthDay == context.PageDay?.MonthDay)
        {
            // "QUILLON, Nov 20 - Crews pushed a pipe through on Monday": the dateline's day is the page's present, the
            // weekday the deed's.
            namedDay = null;
        }

        // A past weekday on a page whose dateline has no year, which counts back from the dateline's day once the merge
        // knows the year ("will resume on Thursday" does not).
        var pageDay = timex is null && namedDay is null && weekday is not null && context.PageDay is { } page
            && !HasFutureMarker(context.Text, frame.ContentStart, frame.ContentEnd) ? page : null;
        if (trigger is null && ((timex is null && namedDay is null && pageDay is null) || context.PageCount is { } count && count.Start >= frame.ContentStart && count.Start < frame.ContentEnd))
        {
            // No event word, and no date, or only the page's count of days ("as the operation entered its 10th day on
            // Tuesday, challenges persist"): how long something has lasted, not what happened.
            return null;
        }

        var kind = trigger?.Kind ?? EventKind.Occurrence;
        if (timex is null && context.ChronologyDate is { } entry)
        {
            // A chronology entry's later sentences tell what else happened then ("A computer and phones are seized").
            return Event(context, frame, kind, entry, trigger, plannedFor: null);
        }

        var date = timex is null ? null : PastOccurrence.Of(EventDater.FromExpression(timex, context.ReferenceTime), timex, context.Dct, context.Text, frame.ContentStart);

        var saidDay = saidOn is { Granularity: Granularity.Day } said ? said.Start : (DateOnly?)null;
        // The words that make a dated content future come before its date ("would begin Wednesday"); one after it
        // belongs to another clause ("have been at the site since Wednesday and expect to finish").
        // (Looked for only when the other conditions hold: the search is the costly part.)
        bool FutureMarked() => HasFutureMarker(context.Text, frame.ContentStart, timex?.Start ?? frame.ContentEnd);
        // A period still running when it was said is future too when the words say so ("is scheduled to visit this week").
        var isFuture = date is not null
            ? (context.Dct is { } r && date.Start > r) || ((saidDay ?? context.Dct) is { } now && date.End >= now && date.Start >= now.AddDays(-6) && FutureMarked())
            : trigger is not null && FutureMarked();
        // A speaker's words about the future with no date ("This operation could take a long time") stay a statement.
        if (isFuture && (date is not null || !frame.HasFrame) && IsForecast(context.Text, frame.ContentStart, timex?.Start ?? frame.ContentEnd))
        {
            // A projection ("the deal is expected to close in June", "could run on its reservoir into next week"), the
            // writer's or someone's: nothing was decided or announced.
            isForecast = true;
            return null;
        }

        if (trigger is null && date is { } then && context.Dct is { } published && then.End < published.AddYears(-OldPastYears))
        {
            // "The aircraft involved was delivered to the airline in 2016": a thing's history, long before the story,
            // told in words that name no event.
            return null;
        }

        EventDate? plannedFor = null;
        if (isFuture && (saidDay ?? context.Dct) is { } announced)
        {
            plannedFor = date;
            // Reported before it happens ("will be sentenced on March 28", "openings are set to begin"): what happened
            // is the announcement of a plan, on the day it was said, or else reported.
            kind = EventKind.Plan;
            date = saidDay is null ? EventDater.OnDay(announced) : saidOn;
        }

        return Event(context, frame, kind, date, trigger, plannedFor) with
        {
            NamedWeekday = date is null && (trigger is not null || namedDay is not null || pageDay is not null) ? weekday : null,
            NamedDay = date is null ? namedDay?.MonthDay : null,
            PageDay = date is null ? pageDay?.MonthDay : null,
        };
    }

    private static YearlessDay? NamedDay(SentenceContext context, IReadOnlyList<TemporalExpression> timexes, ReportingFrame frame, int anchor, DayOfWeek? weekday) =>
        EventDater.UnanchoredDay(timexes, frame.ContentStart, frame.ContentEnd, anchor)
        ?? (context.PageCount?.Day is { } present && weekday is { } named ? present.LatestOnOrBefore(named) : null);

    /// <summary>
    /// Where the roles of a clause with no event word turn: its first verb in the past, so "Fellgate Water turned on
    /// one of its own contractors" names Fellgate Water as the doer; the clause's start when it has none.
    /// </summary>
    private static int Pivot(string text, ReportingFrame frame) =>
        AdjacentWords.FirstPastVerb(text, frame.ContentStart, frame.ContentEnd) is var verb and >= 0 ? verb : frame.ContentStart;

    private static ExtractedEvent Event(SentenceContext context, ReportingFrame frame, EventKind kind, EventDate? date, TriggerMatch? trigger, EventDate? plannedFor) =>
        new(
            kind.Type,
            kind.CameoCode,
            SummaryWriter.Clause(context.Text[frame.ContentStart..frame.ContentEnd]),
            context.Quote,
            context.Sentence.Start,
            date,
            context.Participants(frame.ContentStart, frame.ContentEnd, trigger?.Start ?? Pivot(context.Text, frame)),
            context.LocationIn(context.Sentence.Start, context.Sentence.End),
            frame.HasFrame ? context.Speaker?.Name ?? context.SpeakerPhrase : null)
        {
            PlannedFor = plannedFor,
            Trigger = trigger is null ? null : trigger.TextIn(context.Text),
        };

    /// <summary>
    /// Other events in the same clause with a date of their own ("found guilty on Nov. 2 … stemming from FTX's 2022
    /// collapse"; "announced on April 25 ahead of the June 10 announcement"): one event each, dated by the expression
    /// nearest their trigger when that is not the first event's.
    /// </summary>
    internal static List<ExtractedEvent> FurtherDated(SentenceContext context, ReportingFrame frame, IReadOnlyList<TemporalExpression> timexes, List<TriggerMatch> triggers, TriggerMatch? first, ExtractedEvent firstEvent)
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
                || (context.Dct is { } r && timex.RangeStart > r) || !used.Add(EventDater.FromExpression(timex).Value))
            {
                continue;
            }

            further.Add(firstEvent with
            {
                Type = trigger.Kind.Type,
                CameoCode = trigger.Kind.CameoCode,
                Date = EventDater.FromExpression(timex),
                Participants = context.Participants(frame.ContentStart, frame.ContentEnd, trigger.Start),
                Trigger = trigger.TextIn(context.Text),
            });
        }

        return further;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodEnds = EventWords.Of("period-ends").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the date ends a period the deed lasts ("suspended all sailings until Thursday", "until at least Friday",
    /// "with best-before dates up to 21 April"),
    /// by the word before it (`[period-ends]`), or opens with that word: not when the deed happened.
    /// </summary>
    private static bool EndsAPeriod(string text, TemporalExpression timex)
    {
        var before = text.AsSpan(0, timex.Start);
        var first = timex.Text.AsSpan();
        var space = first.IndexOf(' ');
        var word = AdjacentWords.TakeLast(ref before);
        if (word.Equals("least", StringComparison.OrdinalIgnoreCase) && AdjacentWords.TakeLast(ref before).Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            // "until at least Friday": the hedge stands between the period's end word and its date.
            word = AdjacentWords.TakeLast(ref before);
        }

        if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && AdjacentWords.TakeLast(ref before) is { IsEmpty: false } previous)
        {
            // "best-before dates up to 21 April": a two-word end ("up to") ends its period too.
            return PeriodEnds.Contains($"{previous} to");
        }

        return PeriodEnds.Contains(word) || (space > 0 && PeriodEnds.Contains(first[..space]));
    }

    /// <summary>
    /// Whether an event word is the verb of a relative clause (<see cref="RelativeClause.Describes"/>) after a main
    /// clause dated on its own: "the governor on Monday toured the quay where a crane collapsed on Sunday" tells a
    /// visit on Monday, and the collapse only describes the quay. Without a date before it, the relative clause may
    /// be the news ("the bridge that collapsed will take years to rebuild").
    /// </summary>
    internal static bool InDescriptionOfADatedClause(string text, ReportingFrame frame, List<TemporalExpression> timexes, TriggerMatch trigger) =>
        RelativeClause.Describes(text, frame.ContentStart, trigger.Start)
        && timexes.Exists(t => t.IsResolvedDate && t.Start >= frame.ContentStart && t.End <= trigger.Start && !RelativeClause.Describes(text, frame.ContentStart, t.Start));

    /// <summary>How many years before the page an untyped clause's date is a thing's history, not the story's.</summary>
    private const int OldPastYears = 5;

    /// <summary>
    /// Whether an event word is the verb of a relative clause dated more than a year before the article ("authorities
    /// approached the Thai company that rescued children from a flooded cave in 2018"): the clause tells who the
    /// antecedent is, not news of the story. So is a participle that opens a phrase after a comma ("Hollin Vale,
    /// founded in 1991 by Magnus Tellerby, employs 340 people").
    /// </summary>
    internal static bool DescribesAnOldPast(string text, ReportingFrame frame, List<TemporalExpression> timexes, TriggerMatch trigger, DateOnly? dct) =>
        dct is { } published
        && (RelativeClause.Describes(text, frame.ContentStart, trigger.Start) || OpensAParticiplePhrase(text, frame.ContentStart, trigger))
        && EventDater.Governing(timexes.Where(t => t.Start > trigger.Start), trigger.Start, frame.ContentEnd, trigger.Start) is { RangeEnd: { } end }
        && end < published.AddYears(-1);

    /// <summary>Whether the event word is a participle right after a comma: "X, founded in 1991 by …".</summary>
    private static bool OpensAParticiplePhrase(string text, int from, TriggerMatch trigger) =>
        trigger.Start > from && text.AsSpan(from, trigger.Start - from).TrimEnd().EndsWith(",")
        && AdjacentWords.IsPastForm(text.AsSpan(trigger.Start, AdjacentWords.Next(text, trigger.Start, trigger.Start + trigger.Length).Length));

    /// <summary>
    /// Words that put what follows in the future ([future-markers]: "will", "would" but not "would have", "is set to",
    /// "is on the verge of").
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex FutureMarker = new(
        $@"\b(?:{string.Join('|', EventWords.Of("future-markers"))})\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly MarkerPhrases ForecastMarkers = EventWords.Phrases("forecast-markers");

    private static bool IsForecast(string text, int start, int end) =>
        EventWords.ContainsAny(text.AsSpan(start, end - start), ForecastMarkers);

    internal static bool HasFutureMarker(string text, int start, int end) =>
        FutureMarker.Match(text, start, end - start).Success;

    /// <summary>Words that tell an actor's past before the story (`[history-markers]`: "previously", "in the past").</summary>
    private static readonly MarkerPhrases HistoryMarkers = EventWords.Phrases("history-markers");

    /// <summary>Whether [start, end) tells a history ("Greyfin has previously attacked schools"), not a deed of the story.</summary>
    internal static bool TellsAHistory(string text, int start, int end) =>
        EventWords.ContainsAny(text.AsSpan(start, end - start), HistoryMarkers);

    /// <summary>Words that tell what usually happens (`[habitual-markers]`: "usually", "normally").</summary>
    internal static readonly MarkerPhrases HabitualMarkers = EventWords.Phrases("habitual-markers");

    /// <summary>
    /// Whether the clause in [start, end) tells what usually happens ("Bills normally go through three readings over
    /// several weeks"): a habitual marker outside a relative clause. "The ferry, which usually carries 300 passengers,
    /// has sunk" tells a deed.
    /// </summary>
    internal static bool TellsWhatUsuallyHappens(string text, int start, int end) =>
        EventWords.Occurrences(text, start, end, HabitualMarkers).Any(at => !RelativeClause.Holds(text, start, at));

    private static bool IsQuotation(string text, ReportingFrame frame)
    {
        var content = text.AsSpan(frame.ContentStart, frame.ContentEnd - frame.ContentStart).Trim();
        return content.Length > 0 && content[0] is '"' or '\u201C' or '\'' or '\u2018';
    }
}
