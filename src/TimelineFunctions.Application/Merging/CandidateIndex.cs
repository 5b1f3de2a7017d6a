namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Finds the events a report may belong to without looking at the whole story: events are filed under the months
/// their anchor date touches and under the words of their distinctive actors; a dated report looks in the months its
/// own period (widened by the conflict window) covers, an undated one under its actors' words.
/// </summary>
internal sealed class CandidateIndex(int conflictWindowDays)
{
    /// <summary>Periods longer than this (a decade) are looked up by the months of their first years only.</summary>
    private const int MaxMonths = 36;

    private readonly Dictionary<string, List<EventCluster>> _clusters = new(StringComparer.Ordinal);

    public void Add(EventCluster cluster, MergeCandidate report)
    {
        if (cluster.Anchor == report && report.Date is { } date)
        {
            foreach (var month in Months(date.Start, date.End))
            {
                File($"{month}", cluster);
            }
        }

        foreach (var key in ActorKeys(report))
        {
            File(key, cluster);
        }
    }

    public IEnumerable<EventCluster> Candidates(MergeCandidate report)
    {
        IEnumerable<string> keys = report.Date is { } date
            ? Months(date.Start.AddDays(-conflictWindowDays), date.End.AddDays(conflictWindowDays))
            : ActorKeys(report);
        return keys.SelectMany(k => _clusters.GetValueOrDefault(k) ?? []).Distinct();
    }

    private void File(string key, EventCluster cluster)
    {
        if (!_clusters.TryGetValue(key, out var list))
        {
            _clusters[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != cluster)
        {
            list.Add(cluster);
        }
    }

    /// <summary>The words of the report's distinctive actors, since reports match actors by their words.</summary>
    private static IEnumerable<string> ActorKeys(MergeCandidate report) =>
        report.DistinctiveActors.SelectMany(words => words).Where(w => w.Length > 2).Distinct().Select(w => "@" + w);

    private static IEnumerable<string> Months(DateOnly start, DateOnly end)
    {
        var month = new DateOnly(start.Year, start.Month, 1);
        for (var i = 0; i < MaxMonths && month <= end; i++, month = month.AddMonths(1))
        {
            yield return $"{month.Year:D4}-{month.Month:D2}";
        }
    }
}
