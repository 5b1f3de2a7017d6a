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

    /// <summary>The reference time, when it lies at most <see cref="MaxAgeDays"/> days before the publication date; else null.</summary>
    public static DateOnly? IfRecent(DateOnly? referenceTime, DateOnly? dct) =>
        referenceTime is { } day && dct is { } r && day <= r && day >= r.AddDays(-MaxAgeDays) ? day : null;
}
