namespace TimelineFunctions.Evaluation.TimeMl;

/// <summary>The score of one corpus folder, the comparisons behind it and the tagging speed.</summary>
public sealed record TimeMlCorpusResult(string Name, int Documents, TimeMlScore Score, IReadOnlyList<TimexComparison> Comparisons, long Characters, TimeSpan TaggingTime)
{
    public double CharactersPerSecond => TaggingTime.TotalSeconds > 0 ? Characters / TaggingTime.TotalSeconds : 0;
}
