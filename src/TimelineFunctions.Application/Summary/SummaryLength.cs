namespace TimelineFunctions.Application.Summary;

/// <summary>
/// The number of key dates when the caller asks for none: the square root of the number of days the story's events
/// fall on, rounded up, between 3 and 30 (never more days than there are).
/// </summary>
/// <remarks>
/// A story of a handful of days keeps nearly all of them; one that runs over a hundred days keeps about one in ten.
/// The square root grows with the story but slowly, as the timelines newsrooms write do: Timeline17's gold
/// timelines keep 9 to 38 dates of stories that span months.
/// </remarks>
public static class SummaryLength
{
    public const int Fewest = 3;
    public const int Most = 30;

    public static int For(int candidateDays) =>
        candidateDays <= Fewest ? candidateDays : Math.Clamp((int)Math.Ceiling(Math.Sqrt(candidateDays)), Fewest, Most);
}
