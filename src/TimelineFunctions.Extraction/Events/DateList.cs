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
    /// One event per coordinated clause that opens with a date of its own (within a few words of the coordinator),
    /// other than the date of <paramref name="listed"/>: same kind, same quote, that date.
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
            var before = text.AsSpan(start, timex.Start - start);
            if (!ClauseOpening().IsMatch(before))
            {
                continue;
            }

            var date = EventDater.FromExpression(timex);
            if ((reference is { } r && date.Start > r) || !seen.Add(date.Value))
            {
                continue;
            }

            yield return listed with { Date = date, Trigger = null };
        }
    }

    /// <summary>A coordinator, then at most three words (a subject: "the firm", "Microsoft"), right before the date.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:,\s*(?:and|but|while|whereas)|;)\s+(?:[\w'’.-]+\s+){0,3}\z", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ClauseOpening();

    /// <summary>What lies between two listed dates: a separator, a count, a few words and a preposition.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|at least|another|nearly|over)\s+)?\d[\d,.]*\b[^,;.\d]{0,40}?\s(?:on|in)\s*\z", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Item();
}
