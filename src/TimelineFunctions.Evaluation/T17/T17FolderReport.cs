namespace TimelineFunctions.Evaluation.T17;

/// <summary>One folder's result: the summary's and the baseline's scores, the coverage of gold dates, sizes and times.</summary>
public sealed record T17FolderReport(
    string Folder,
    int Articles,
    int GoldDates,
    int SentencesPerDate,
    int TimelineEvents,
    T17Score Summary,
    T17Score Baseline,
    int Covered,
    TimeSpan IngestTime,
    TimeSpan SummaryTime)
{
    /// <summary>Gold dates the summary did not choose, each with its rank by importance among the story's dates (null: no candidate).</summary>
    public IReadOnlyList<(DateOnly Date, int? Rank)> MissedDates { get; init; } = [];

    /// <summary>Dates the summary chose that the gold does not have, each with its rank by importance.</summary>
    public IReadOnlyList<(DateOnly Date, int? Rank)> ExtraDates { get; init; } = [];

    public double Coverage => GoldDates == 0 ? 0 : (double)Covered / GoldDates;
}
