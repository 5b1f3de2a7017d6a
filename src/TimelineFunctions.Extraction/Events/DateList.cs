using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Sentences that tell several dated events with one verb or in coordinated clauses.</summary>
/// <remarks>
/// A clause that lists counts by date tells one event per date: "rescued some 500 people on October 9, 40 on September
/// 18 and 80 on August 29" is three rescues. An item is a count after a comma or "and", then its date ("…, 40 on
/// September 18"); each item after the one that dates the event becomes an event of the same kind on its own date. A
/// clause joined by "and", "but", "while" or a semicolon that opens with its own date ("Yesterday, the regulator filed
/// a motion, and today a judge was assigned"; "…, and the firm last month offered remedies") tells a second event on
/// that date (<see cref="CoordinatedClauses"/>). A date after the publication date is a plan's, not an item's.
/// </remarks>
public static partial class DateList
{
    public static IEnumerable<ExtractedEvent> Items(string text, int start, int end, IReadOnlyList<TemporalExpression> timexes, ExtractedEvent listed, DateOnly? reference)
    {
        if (listed.Date is null || listed.PlannedFor is not null)
        {
            yield break;
        }

        var dated = timexes.Where(t => t.Start >= start && t.End <= end && t.IsResolvedDate).OrderBy(t => t.Start).ToList();
        var first = dated.FindIndex(t => EventDater.FromExpression(t).Value == listed.Date.Value);
        if (first < 0)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { listed.Date.Value };
        for (var i = first + 1; i < dated.Count; i++)
        {
            var gap = text.AsSpan(dated[i - 1].End, dated[i].Start - dated[i - 1].End);
            if (!Item().IsMatch(gap))
            {
                yield break;
            }

            var date = EventDater.FromExpression(dated[i]);
            if ((reference is { } r && date.Start > r) || !seen.Add(date.Value))
            {
                continue;
            }

            yield return listed with { Date = date };
        }
    }

    /// <summary>
    /// One event per coordinated clause with a date of its own, other than the date of <paramref name="listed"/>: the
    /// date opens the clause (a coordinator and at most three words before it: "…, and today a judge was assigned"),
    /// or follows the clause's own verb ("…, but the acquisition was blocked in April by the regulator"). The event is
    /// typed by the first event word of the clause before its date ("…, and the government appointed a mediator on
    /// Tuesday" is an appointment), untyped without one, with the same quote.
    /// </summary>
    public static IEnumerable<ExtractedEvent> CoordinatedClauses(string text, int start, int end, IReadOnlyList<TemporalExpression> timexes, IReadOnlyList<TriggerMatch> triggers, ExtractedEvent listed, DateOnly? reference)
    {
        if (listed.Date is null || listed.PlannedFor is not null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { listed.Date.Value };
        foreach (var timex in timexes.Where(t => t.Start >= start && t.End <= end && t.IsResolvedDate).OrderBy(t => t.Start))
        {
            var clauseStart = CoordinatedClauseStart(text.AsSpan(start, timex.Start - start));
            if (clauseStart < 0)
            {
                continue;
            }

            var date = EventDater.FromExpression(timex);
            if ((reference is { } r && date.Start > r) || !seen.Add(date.Value))
            {
                continue;
            }

            var own = triggers.Where(t => !t.Kind.IsSpeechAct && t.Start >= start + clauseStart && t.Start < timex.Start).MinBy(t => t.Start);
            var kind = own?.Kind ?? EventKind.Occurrence;
            yield return listed with { Date = date, Type = kind.Type, CameoCode = kind.CameoCode, Trigger = own?.TextIn(text) };
        }
    }

    /// <summary>Whether a coordinator (", and", ", but", ";" …) stands between the date and the event word at <paramref name="anchor"/>.</summary>
    public static bool CoordinatorBetween(string text, TemporalExpression timex, int anchor)
    {
        // Up to the end of the event word, which a bare "and" needs after it ("on 5 March and resigned").
        var (from, to) = timex.End <= anchor ? (timex.End, anchor + AdjacentWords.Next(text, anchor, text.Length).Length) : (anchor, timex.Start);
        return to > from && Coordinator().IsMatch(text.AsSpan(from, to - from));
    }

    /// <summary>
    /// The coordinated clause before the one the sentence's event word is in, when it has a date of its own and nothing
    /// else dated it: "Engineers spotted water seeping through the embankment on Sunday, and the mayor ordered low-lying
    /// streets cleared late on Monday" tells, beside Monday's order, what the engineers saw on Sunday: a clause with a verb
    /// in the past and a day (a year or a month in a first clause is mostly background). Typed by its own
    /// first event word, untyped without one, and quoted alone (with the whole sentence's words an untyped report would
    /// match the other clause's event as other outlets tell it). A date in a relative clause ("The mayor, who took
    /// office in 2021, …") is not the clause's.
    /// </summary>
    public static ExtractedEvent? EarlierClause(string text, int start, IReadOnlyList<TemporalExpression> timexes, IReadOnlyList<TriggerMatch> triggers, TriggerMatch? main, ExtractedEvent listed, DateOnly? reference)
    {
        if (main is null || listed.Date is null || listed.PlannedFor is not null || main.Start <= start)
        {
            return null;
        }

        var coordinator = -1;
        // Up to the end of the event word, which a bare "and" needs after it ("on 5 March and resigned").
        foreach (var match in Coordinator().EnumerateMatches(text.AsSpan(start, main.Start + main.Length - start)))
        {
            coordinator = start + match.Index;
        }

        var own = coordinator < 0 ? null : timexes.FirstOrDefault(t => t.Start >= start && t.End <= coordinator && t.IsResolvedDate
            && t.Granularity is Granularity.Day or Granularity.Time && !RelativeClause.Holds(text, start, t.Start));
        if (own is null || !AdjacentWords.HasPastVerb(text, start, coordinator) || EventDater.FromExpression(own) is not { } date
            || date.Value == listed.Date.Value || (reference is { } r && date.Start > r))
        {
            return null;
        }

        // A speech act types the clause too: "apologised in public on 5 March, and resigned …" is an apology.
        var trigger = triggers.Where(t => t.Start >= start && t.Start < coordinator).MinBy(t => t.Start);
        var kind = trigger?.Kind ?? EventKind.Occurrence;
        var quote = text[start..coordinator].Trim();
        return listed with
        {
            Type = kind.Type,
            CameoCode = kind.CameoCode,
            Quote = quote,
            QuoteStart = text.IndexOf(quote, start, StringComparison.Ordinal),
            Summary = SummaryWriter.Clause(quote),
            Date = date,
            Trigger = trigger?.TextIn(text),
        };
    }

    /// <summary>
    /// Where the coordinated clause starts whose words end <paramref name="before"/>, when it has no more than three
    /// words there, or a verb of its own ("was blocked in", "agreed on") and no relative pronoun; else -1.
    /// </summary>
    private static int CoordinatedClauseStart(ReadOnlySpan<char> before)
    {
        var last = -1;
        var length = 0;
        foreach (var match in Coordinator().EnumerateMatches(before))
        {
            (last, length) = (match.Index, match.Length);
        }

        if (last < 0)
        {
            return -1;
        }

        var clause = before[(last + length)..];
        if (clause.Contains(','))
        {
            clause = WithoutAppositions(clause.ToString());
        }

        var words = 0;
        var hasVerb = false;
        foreach (var word in ClauseWord().EnumerateMatches(clause))
        {
            var w = clause.Slice(word.Index, word.Length).ToString();
            if (RelativeClause.CommaPronouns.Contains(w) || w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Contains(',', StringComparison.Ordinal))
            {
                return -1;
            }

            words++;
            hasVerb |= IsVerb(w);
        }

        return words <= 3 || (words <= MaxClauseWords && hasVerb) ? last + length : -1;
    }

    /// <summary>
    /// The clause without the appositions set off by commas in it: "the government appointed a mediator, former judge
    /// Paul Arnet, on Tuesday" is "the government appointed a mediator on Tuesday". A part between commas with a verb
    /// of its own is no apposition and stays (with its commas, which then end the clause).
    /// </summary>
    private static string WithoutAppositions(string clause)
    {
        for (var open = clause.IndexOf(','); open >= 0; open = clause.IndexOf(',', open + 1))
        {
            var close = clause.IndexOf(',', open + 1);
            if (close < 0)
            {
                break;
            }

            var inner = clause[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (inner.Length is > 0 and <= MaxAppositionWords && !inner.Any(IsVerb) && !inner.Any(RelativeClause.CommaPronouns.Contains))
            {
                clause = clause[..open] + clause[(close + 1)..];
                open--;
            }
        }

        return clause;
    }

    /// <summary>The most words of an apposition a coordinated clause may hold ("former judge Paul Arnet").</summary>
    private const int MaxAppositionWords = 6;

    /// <summary>The most words a coordinated clause may put between its coordinator and its own date.</summary>
    private const int MaxClauseWords = 8;

    private static readonly HashSet<string> Auxiliaries = EventWords.Of("auxiliaries");

    /// <summary>A form of "be", an auxiliary or a past form: "was", "had", "blocked", "sank".</summary>
    private static bool IsVerb(string word) =>
        QuoteFirstFrame.FormsOfBe.Contains(word) || Auxiliaries.Contains(word) || PastTenseTrigger.IrregularPast.Contains(word)
        || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]));

    /// <summary>
    /// A coordinator that opens a clause: ", and", ", but", ", while", ", whereas", a semicolon, or "and" or "but" before
    /// a verb in -ed ("apologised on 5 March and resigned four days later").
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:,\s*(?:and|but|while|whereas)|;|\s(?:and|but)(?=\s+(?-i:[a-z]{2,}ed)\b))\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Coordinator();

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s]+")]
    private static partial System.Text.RegularExpressions.Regex ClauseWord();

    /// <summary>What lies between two listed dates: a separator, a count, a few words and a preposition.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|at least|another|nearly|over)\s+)?\d[\d,.]*\b[^,;.\d]{0,40}?\s(?:on|in)\s*\z", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Item();
}
