using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>The reference time of the narrative: the recent day a dated report set the story at, which later undated statements take.</summary>
internal static class ReferenceTime
{
    private const int MaxAgeDays = 7;

    /// <summary>
    /// The day a dated report sets the reference time to ("Yesterday, a judge sentenced …"; "said on Thursday"): later
    /// statements with no date of their own belong to it. Only a day at most <see cref="MaxAgeDays"/> before the
    /// publication date sets it.
    /// </summary>
    public static DateOnly? SetBy(ExtractedEvent e, DateOnly? dct) =>
        e.Date is { Granularity: Granularity.Day } d && IfRecent(d.Start, dct) is { } day ? day : null;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodStarts = EventWords.Lookup("period-starts");

    /// <summary>
    /// Whether the event is dated by the start of a period still running ("have been sent to other hospitals since
    /// Monday morning", `[period-starts]`): it sets no reference time, the story's time being the page's.
    /// </summary>
    public static bool IsPeriodStart(string text, ExtractedEvent e, IReadOnlyList<TemporalExpression> timexes) =>
        e.Date is { Texts: [var first, ..] } && timexes.Any(t => t.Text == first && t.Start >= e.QuoteStart && IsAfterPeriodStart(text, t.Start));

    private static bool IsAfterPeriodStart(string text, int at)
    {
        var before = text.AsSpan(0, at);
        return PeriodStarts.Contains(AdjacentWords.TakeLast(ref before));
    }

    /// <summary>The reference time, when it lies at most <see cref="MaxAgeDays"/> days before the publication date; else null.</summary>
    public static DateOnly? IfRecent(DateOnly? referenceTime, DateOnly? dct) =>
        referenceTime is { } day && dct is { } r && day <= r && day >= r.AddDays(-MaxAgeDays) ? day : null;
}
