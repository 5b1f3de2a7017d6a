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
    /// untyped (a clause with an event word of its own is already an event: <see cref="ContentEvents.FurtherDated"/>),
    /// with the same quote.
    /// </summary>
    public static IEnumerable<ExtractedEvent> CoordinatedClauses(string text, int start, int end, IReadOnlyList<TemporalExpression> timexes, ExtractedEvent listed, DateOnly? reference)
    {
        if (listed.Date is null || listed.PlannedFor is not null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { listed.Date.Value };
        foreach (var timex in timexes.Where(t => t.Start >= start && t.End <= end && t.IsResolvedDate).OrderBy(t => t.Start))
        {
            if (!OpensCoordinatedClause(text.AsSpan(start, timex.Start - start)))
            {
                continue;
            }

            var date = EventDater.FromExpression(timex);
            if ((reference is { } r && date.Start > r) || !seen.Add(date.Value))
            {
                continue;
            }

            yield return listed with { Date = date, Type = EventKind.Occurrence.Type, CameoCode = EventKind.Occurrence.CameoCode, Trigger = null };
        }
    }

    /// <summary>
    /// Whether the end of <paramref name="before"/> lies in a coordinated clause that has no more than three words
    /// before it, or a verb of its own ("was blocked in", "agreed on") and no relative pronoun.
    /// </summary>
    private static bool OpensCoordinatedClause(ReadOnlySpan<char> before)
    {
        var last = -1;
        var length = 0;
        foreach (var match in Coordinator().EnumerateMatches(before))
        {
            (last, length) = (match.Index, match.Length);
        }

        if (last < 0)
        {
            return false;
        }

        var clause = before[(last + length)..];
        var words = 0;
        var hasVerb = false;
        foreach (var word in ClauseWord().EnumerateMatches(clause))
        {
            var w = clause.Slice(word.Index, word.Length).ToString();
            if (RelativeClause.CommaPronouns.Contains(w) || w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Contains(',', StringComparison.Ordinal))
            {
                return false;
            }

            words++;
            hasVerb |= IsVerb(w);
        }

        return words <= 3 || (words <= MaxClauseWords && hasVerb);
    }

    /// <summary>The most words a coordinated clause may put between its coordinator and its own date.</summary>
    private const int MaxClauseWords = 8;

    private static readonly HashSet<string> Auxiliaries = EventWords.Of("auxiliaries");

    /// <summary>A form of "be", an auxiliary or a past form: "was", "had", "blocked", "sank".</summary>
    private static bool IsVerb(string word) =>
        QuoteFirstFrame.FormsOfBe.Contains(word) || Auxiliaries.Contains(word) || PastTenseTrigger.IrregularPast.Contains(word)
        || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]));

    /// <summary>A coordinator that opens a clause: ", and", ", but", ", while", ", whereas", or a semicolon.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:,\s*(?:and|but|while|whereas)|;)\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Coordinator();

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s]+")]
    private static partial System.Text.RegularExpressions.Regex ClauseWord();

    /// <summary>What lies between two listed dates: a separator, a count, a few words and a preposition.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|at least|another|nearly|over)\s+)?\d[\d,.]*\b[^,;.\d]{0,40}?\s(?:on|in)\s*\z", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Item();
}
