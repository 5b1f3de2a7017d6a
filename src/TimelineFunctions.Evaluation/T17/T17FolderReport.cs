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
    public double Coverage => GoldDates == 0 ? 0 : (double)Covered / GoldDates;
}
