namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Finds the events a report may belong to without looking at the whole story. An event is filed under the months
/// its anchor's period touches, under each day of that period when it is a week or shorter, and under the words of
/// its distinctive actors. A report of a week or shorter looks at the days within the conflict window around it
/// (only a short anchor can be held by it or conflict with it); a longer one at the months it covers; an undated one
/// under its actors' words.
/// </summary>
internal sealed class CandidateIndex(int conflictWindowDays)
{
    /// <summary>Periods longer than this (a decade) are looked up by the months of their first years only.</summary>
    private const int MaxMonths = 36;

    private const int ShortPeriodDays = 7;

    private readonly Dictionary<string, List<EventCluster>> _clusters = new(StringComparer.Ordinal);

    public void Add(EventCluster cluster, MergeCandidate report)
    {
        if (cluster.Anchor == report && report.Date is { } date)
        {
            foreach (var month in Months(date.Start, date.End))
            {
                File(month, cluster);
            }

            if (IsShort(date.Start, date.End))
            {
                foreach (var day in Days(date.Start, date.End))
                {
                    File(day, cluster);
                }
            }
        }

        foreach (var key in ActorKeys(report))
        {
            File(key, cluster);
        }
    }

    public IEnumerable<EventCluster> Candidates(MergeCandidate report)
    {
        var keys = report.Date switch
        {
            { } date when IsShort(date.Start, date.End) => Days(date.Start.AddDays(-conflictWindowDays), date.End.AddDays(conflictWindowDays)),
            { } date => Months(date.Start, date.End),
            null => ActorKeys(report),
        };

        var candidates = new HashSet<EventCluster>();
        foreach (var key in keys)
        {
            if (_clusters.TryGetValue(key, out var filed))
            {
                candidates.UnionWith(filed);
            }
        }

        return candidates;
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

    private static bool IsShort(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber < ShortPeriodDays;

    private static IEnumerable<string> Days(DateOnly start, DateOnly end)
    {
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            yield return $"d{day.DayNumber}";
        }
    }

    private static IEnumerable<string> Months(DateOnly start, DateOnly end)
    {
        var month = new DateOnly(start.Year, start.Month, 1);
        for (var i = 0; i < MaxMonths && month <= end; i++, month = month.AddMonths(1))
        {
            yield return $"m{month.Year:D4}-{month.Month:D2}";
        }
    }
}
