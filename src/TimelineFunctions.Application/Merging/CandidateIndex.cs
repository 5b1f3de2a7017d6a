namespace TimelineFunctions.Application.Merging;

/// <summary>Finds the events a report may belong to without looking at the whole story.</summary>
/// <remarks>
/// An event is filed under the months its anchor's period touches, under each day of that period when it is a week
/// or shorter, and under the words of its distinctive actors and places. A report of a week or shorter looks at the
/// days within the conflict window around it (only a short anchor can be held by it or conflict with it); a longer
/// one at the months it covers; an undated one under its actors' and places' words. Plans are also filed, and
/// looked up, under the date they are for.
/// </remarks>
internal sealed class CandidateIndex(int conflictWindowDays)
{
    /// <summary>Periods longer than this (a decade) are looked up by the months of their first years only.</summary>
    private const int MaxMonths = 36;

    private const int ShortPeriodDays = 7;

    private readonly Dictionary<int, List<EventCluster>> _byDay = [];
    private readonly Dictionary<int, List<EventCluster>> _byMonth = [];
    private readonly Dictionary<string, List<EventCluster>> _byActorWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EventCluster>> _byPlannedFor = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, DayOfWeek Day), List<EventCluster>> _byTypeAndWeekday = [];

    public void Add(EventCluster cluster, MergeCandidate report)
    {
        if (cluster.Anchor == report && report.Date is { } date)
        {
            foreach (var month in Months(date.Start, date.End))
            {
                File(_byMonth, month, cluster);
            }

            if (IsShort(date.Start, date.End))
            {
                for (var day = date.Start.DayNumber; day <= date.End.DayNumber; day++)
                {
                    File(_byDay, day, cluster);
                }
            }

            if (report.IsDayPrecise)
            {
                File(_byTypeAndWeekday, (report.Contribution.Type, date.Start.DayOfWeek), cluster);
            }
        }

        foreach (var word in ActorWords(report))
        {
            File(_byActorWord, word, cluster);
        }

        if (report.PlannedFor is { } planned)
        {
            File(_byPlannedFor, planned.Value, cluster);
        }
    }

    /// <summary>The last lookup's events, each once (<see cref="EventCluster.OfferedIn"/>): one list for the whole merge.</summary>
    private readonly List<EventCluster> _candidates = [];

    private int _lookups;

    /// <summary>The events the report may belong to, each once, in no particular order; valid until the next lookup.</summary>
    public IReadOnlyList<EventCluster> Candidates(MergeCandidate report)
    {
        var candidates = _candidates;
        candidates.Clear();
        _lookups++;
        if (report.Date is { } date && IsShort(date.Start, date.End))
        {
            for (var day = date.Start.DayNumber - conflictWindowDays; day <= date.End.DayNumber + conflictWindowDays; day++)
            {
                Collect(_byDay, day, candidates);
            }
        }
        else if (report.Date is { } longDate)
        {
            foreach (var month in Months(longDate.Start, longDate.End))
            {
                Collect(_byMonth, month, candidates);
            }
        }
        else
        {
            foreach (var word in ActorWords(report))
            {
                Collect(_byActorWord, word, candidates);
            }

            if (report.NamedWeekday is { } weekday)
            {
                Collect(_byTypeAndWeekday, (report.Contribution.Type, weekday), candidates);
            }
        }

        if (report.PlannedFor is { } planned)
        {
            Collect(_byPlannedFor, planned.Value, candidates);
        }

        return candidates;
    }

    private static void File<TKey>(Dictionary<TKey, List<EventCluster>> index, TKey key, EventCluster cluster)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != cluster)
        {
            list.Add(cluster);
        }
    }

    private void Collect<TKey>(Dictionary<TKey, List<EventCluster>> index, TKey key, List<EventCluster> candidates)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var filed))
        {
            return;
        }

        // A mark per event instead of a set: most events are filed under many of the keys one report looks up.
        foreach (var cluster in filed)
        {
            if (cluster.OfferedIn != _lookups)
            {
                cluster.OfferedIn = _lookups;
                candidates.Add(cluster);
            }
        }
    }

    /// <summary>
    /// The words of the report's distinctive actors and places, since reports match actors by their words. Places
    /// let an undated report that names no one find the events told in its words ("The Fort McHenry Channel has been
    /// fully restored").
    /// </summary>
    private static IEnumerable<string> ActorWords(MergeCandidate report) =>
        report.DistinctiveActors.Concat(report.Places).SelectMany(words => words).Where(w => w.Length > 2).Distinct();

    private static bool IsShort(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber < ShortPeriodDays;

    /// <summary>The months a period touches, as year * 12 + month.</summary>
    private static IEnumerable<int> Months(DateOnly start, DateOnly end)
    {
        var last = (end.Year * 12) + end.Month;
        for (int month = (start.Year * 12) + start.Month, i = 0; i < MaxMonths && month <= last; month++, i++)
        {
            yield return month;
        }
    }
}
