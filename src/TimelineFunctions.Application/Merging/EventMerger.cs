using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Groups a story's reports (one article's version of an event) into events. Reports are visited in an order that
/// depends only on the reports (<see cref="MergeCandidate.CompareForMerge"/>); each joins the best-matching event
/// among the candidates the <see cref="CandidateIndex"/> offers (<see cref="ReportMatcher"/>) or starts a new one.
/// So the grouping is a function of the set of reports: arrival order and repeated deliveries cannot change it.
/// </summary>
public sealed class EventMerger(MergeThresholds thresholds)
{
    public static readonly EventMerger Default = new(MergeThresholds.Default);

    private readonly ReportMatcher _matcher = new(thresholds);

    public IReadOnlyList<IReadOnlyList<EventContribution>> Group(IEnumerable<EventContribution> contributions)
    {
        var reports = contributions.Select(c => new MergeCandidate(c)).ToList();
        reports.Sort(MergeCandidate.CompareForMerge);

        var index = new CandidateIndex(thresholds.ConflictWindowDays);
        var clusters = new List<EventCluster>();
        foreach (var report in reports)
        {
            var cluster = BestMatch(report, index.Candidates(report));
            if (cluster is null)
            {
                cluster = new EventCluster(clusters.Count, report);
                clusters.Add(cluster);
            }
            else
            {
                cluster.Members.Add(report);
            }

            index.Add(cluster, report);
        }

        return [.. clusters.Select(c => (IReadOnlyList<EventContribution>)[.. c.Members.Select(m => m.Contribution)])];
    }

    private EventCluster? BestMatch(MergeCandidate report, IEnumerable<EventCluster> candidates)
    {
        EventCluster? best = null;
        var bestScore = double.MinValue;
        foreach (var cluster in candidates)
        {
            if (_matcher.Match(report, cluster) is { } score
                && (score > bestScore || (score == bestScore && cluster.Sequence < best!.Sequence)))
            {
                (best, bestScore) = (cluster, score);
            }
        }

        return best;
    }
}
