using System.Globalization;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A count of days or weeks "later" is a day counted from the day the text named just before: "went to hospital on
/// 8 April but died five days later" tells a death on 13 April; "The attack began on the night of Oct. 12. A group
/// claimed it four days later" a claim on 16 October.
/// </summary>
/// <remarks>
/// TimeML tags "five days" as a duration (and the tagger keeps it so); here, for events only, the count and "later"
/// become a date. The day counted from is the nearest date before the count in its paragraph, and only when that date
/// is a day: after "in April" a count of days names no day. A hedged count ("almost a day later", `[count-hedges]`) is
/// no day, nor is one that would fall after the page's date.
/// </remarks>
internal static class LaterCount
{
    public const string Rule = "later-count";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Hedges = EventWords.Of("count-hedges").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The expressions, sorted by position, with each count of days or weeks "later" after a day made that day.</summary>
    public static List<TemporalExpression> Resolve(string text, IReadOnlyList<TemporalExpression> timexes, DateOnly? published)
    {
        var sorted = timexes.OrderBy(t => t.Start).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (Days(sorted[i]) is not { } days || LaterEnd(text, sorted[i]) is not { } end || IsHedged(text, sorted[i]) || Anchor(text, sorted, i) is not { } anchor)
            {
                continue;
            }

            var count = sorted[i];
            if (anchor.IsResolvedDate)
            {
                var day = anchor.RangeStart!.Value.AddDays(days);
                sorted[i] = day > published ? count : new TemporalExpression(
                    count.Start, end - count.Start, text[count.Start..end], TimexType.Date, TimexValues.Day(day), Granularity.Day, day, day, null, Rule);
            }
            else if (YearlessDay.Parse(anchor.Value)?.AddDays(days) is { } yearless)
            {
                // After a day without a year ("on 5 March" on an undated page), the count names one too.
                sorted[i] = new TemporalExpression(
                    count.Start, end - count.Start, text[count.Start..end], TimexType.Date, $"XXXX-{yearless.MonthDay}", Granularity.Day, null, null, null, Rule);
            }
        }

        return sorted;
    }

    /// <summary>
    /// Whether <paramref name="t"/> is a count "later" that no day before it resolved ("less than a week later" after no
    /// day): the time of another thing, moved by an amount, which the text does not date.
    /// </summary>
    public static bool IsUnresolved(string text, TemporalExpression t) => Days(t) is not null && LaterEnd(text, t) is not null;

    /// <summary>The days a duration of whole days or weeks counts ("P5D", "P1W"), or null.</summary>
    private static int? Days(TemporalExpression t)
    {
        if (t.Type != TimexType.Duration || t.IsAge || t.Value.Length < 3 || t.Value[0] != 'P'
            || !int.TryParse(t.Value.AsSpan(1, t.Value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return t.Value[^1] switch
        {
            'D' => n,
            'W' => 7 * n,
            _ => null,
        };
    }

    /// <summary>The end of "later" right after the count, or null.</summary>
    private static int? LaterEnd(string text, TemporalExpression count)
    {
        var (start, length) = AdjacentWords.Next(text, count.End, text.Length);
        return text.AsSpan(start, length).Equals("later", StringComparison.OrdinalIgnoreCase) ? start + length : null;
    }

    private static bool IsHedged(string text, TemporalExpression count)
    {
        var before = text.AsSpan(0, count.Start);
        return Hedges.Contains(AdjacentWords.TakeLast(ref before));
    }

    /// <summary>The nearest date before the count in its paragraph, when that date is a day (resolved, or a month and day without a year).</summary>
    private static TemporalExpression? Anchor(string text, List<TemporalExpression> sorted, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            var t = sorted[i];
            if (t.Type is not (TimexType.Date or TimexType.Time))
            {
                continue;
            }

            var sameParagraph = text.IndexOf('\n', t.End, sorted[count].Start - t.End) < 0;
            return sameParagraph && t.Granularity is Granularity.Day or Granularity.Time ? t : null;
        }

        return null;
    }
}
