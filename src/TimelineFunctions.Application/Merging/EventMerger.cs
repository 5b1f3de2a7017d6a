using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>Groups a story's reports (one article's version of an event) into events.</summary>
/// <remarks>
/// Reports are visited in an order that depends only on the reports (<see cref="MergeCandidate.CompareForMerge"/>);
/// each joins the best-matching event among the candidates the <see cref="CandidateIndex"/> offers
/// (<see cref="ReportMatcher"/>) or starts a new one. A report that matches several events of one action on one day
/// joins them into one: they were one event told in words too far apart to meet until this report. A report that
/// only joins (<see cref="MergeCandidate.JoinsOnly"/>) and matches nothing is left out, unless another weekday of its
/// page joined a dated event and so places it in that week (<see cref="PageWeeks"/>). Last, what someone said on
/// the day they told of an action joins that action (<see cref="ActionStatements"/>), what the parties of an
/// occasion said on its day becomes one event (<see cref="OccasionStatements"/>), and an article's untyped details
/// of the one action it tells on a day join that action (<see cref="ArticleDayDetails"/>), and a chronology's entry
/// joins the event of its day it sums up (<see cref="ChronologyEntries"/>); events of long before the
/// story that nothing ties to it are left out (<see cref="OffStoryBackground"/>), and so are remarks told only by a
/// quotation or a question that joined nothing (<see cref="LoneRemarks"/>). Before all that, an
/// undated report that names a month and day takes the story's year (<see cref="YearlessDays"/>). So the grouping
/// is a function of the set of reports: arrival order and repeated deliveries cannot change it.
/// </remarks>
public sealed class EventMerger(MergeThresholds thresholds)
{
    public static readonly EventMerger Default = new(MergeThresholds.Default);

    private readonly ReportMatcher _matcher = new(thresholds);

    /// <summary>A merger that compares every report it looks at in full (<see cref="ReportMatcher"/>): the tests' reference.</summary>
    internal EventMerger(MergeThresholds thresholds, bool compareInFull)
        : this(thresholds) => _matcher = new(thresholds, compareInFull);

    public IReadOnlyList<IReadOnlyList<EventContribution>> Group(IEnumerable<EventContribution> contributions) => GroupWithRemarks(contributions).Events;

    /// <summary>
    /// The events, and the remarks left off the timeline (<see cref="LoneRemarks"/>): what the story's coverage said
    /// on a day still tells how much it was news, so the key dates count them.
    /// </summary>
    public (IReadOnlyList<IReadOnlyList<EventContribution>> Events, IReadOnlyList<IReadOnlyList<EventContribution>> Remarks) GroupWithRemarks(IEnumerable<EventContribution> contributions)
    {
        var vocabulary = new WordIds();
        var resolved = YearlessDays.Resolve(contributions);
        var reports = resolved.Select(c => new MergeCandidate(c, vocabulary)).ToList();
        reports.Sort(MergeCandidate.CompareForMerge);

        var index = new CandidateIndex(thresholds.ConflictWindowDays);
        var clusters = new List<EventCluster>();
        var matches = new List<(EventCluster Cluster, double Score)>();
        var leftOut = new List<MergeCandidate>();
        void Add(MergeCandidate report)
        {
            FindMatchesBestFirst(report, index.Candidates(report), matches);
            if (matches.Count == 0 && report.JoinsOnly)
            {
                leftOut.Add(report);
                return;
            }

            if (matches.Count == 0)
            {
                var created = new EventCluster(clusters.Count, report);
                clusters.Add(created);
                index.Add(created, report);
                return;
            }

            var best = matches[0].Cluster;
            best.Members.Add(report);
            index.Add(best, report);
            for (var i = 1; i < matches.Count; i++)
            {
                var other = matches[i].Cluster;
                if (IsOneDeedOnOneDay(best, other) || IsDeedOfBothDays(report, best, other))
                {
                    // An event of untyped clauses is the deed's detail: the deed's event takes it in, and keeps its summary.
                    if (best.Anchor.Contribution.Type == thresholds.UntypedType && other.Anchor.Contribution.Type != thresholds.UntypedType)
                    {
                        (best, other) = (other, best);
                    }

                    Absorb(best, other, index);
                }
            }
        }

        reports.ForEach(Add);
        foreach (var placed in PageWeeks.Place([.. leftOut], clusters).ToList())
        {
            Add(new MergeCandidate(placed, vocabulary));
        }

        // The index is done with: the steps below join the events it formed.
        var statements = new StatementsByDay(clusters);
        JoinEach(ActionStatements.Find(clusters, statements));
        JoinEach(OccasionStatements.Find(clusters, statements));
        JoinEach(ArticleDayDetails.Find(clusters, thresholds.UntypedType));
        JoinEach(ChronologyEntries.Find(clusters, thresholds.UndatedContent, thresholds.ChronologyEntrySharedWords));
        var offStory = OffStoryBackground.Find(clusters, YearlessDays.MiddleDay(resolved), thresholds.UndatedContent);
        var remarks = LoneRemarks.Find(clusters, thresholds.StatementType);
        remarks.ExceptWith(offStory);

        var kept = clusters.Where(c => c.AbsorbedBy is null && !offStory.Contains(c)).ToList();
        return ([.. kept.Where(c => !remarks.Contains(c)).Select(ReportsOf)], [.. kept.Where(remarks.Contains).Select(ReportsOf)]);
    }

    private static IReadOnlyList<EventContribution> ReportsOf(EventCluster cluster) => [.. cluster.Members.Select(m => m.Contribution)];

    /// <summary>
    /// Fills <paramref name="matches"/> (one list for the whole story: this runs for every report) with the events the
    /// report matches, the best first (an earlier event first among equals).
    /// </summary>
    private void FindMatchesBestFirst(MergeCandidate report, IEnumerable<EventCluster> candidates, List<(EventCluster Cluster, double Score)> matches)
    {
        matches.Clear();
        foreach (var cluster in candidates)
        {
            if (cluster.AbsorbedBy is null && _matcher.Match(report, cluster) is { } score)
            {
                matches.Add((cluster, score));
            }
        }

        matches.Sort(static (x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Cluster.Sequence.CompareTo(y.Cluster.Sequence));
    }

    /// <summary>
    /// Two events of one kind of action (not something said, not untyped, not a plan) on one day. Things said on one
    /// day by several speakers stay apart however one report words them.
    /// </summary>
    private bool IsOneDeedOnOneDay(EventCluster a, EventCluster b) =>
        _matcher.IsSameDaySameDeed(a.Anchor, b.Anchor) && !EventKind.IsSaid(a.Anchor.Contribution.Type)
        && a.Anchor.PlannedFor is null && b.Anchor.PlannedFor is null;

    /// <summary>
    /// A deed (<see cref="ReportMatcher.IsDeed"/>) that matches two events of its day, an event of its kind and an
    /// event of untyped clauses that tell it in other words: they are one event, this deed's.
    /// </summary>
    private bool IsDeedOfBothDays(MergeCandidate report, EventCluster a, EventCluster b) =>
        _matcher.IsDeed(report) && report.IsSameDayAs(a.Anchor) && report.IsSameDayAs(b.Anchor)
        && a.Anchor.PlannedFor is null && b.Anchor.PlannedFor is null;

    /// <summary>Makes each group of events one event, the first's.</summary>
    private static void JoinEach(IEnumerable<IReadOnlyList<EventCluster>> groups)
    {
        foreach (var group in groups)
        {
            var into = group[0].Outermost;
            foreach (var other in group.Skip(1).Select(e => e.Outermost).Where(e => e != into))
            {
                into.Absorb(other);
            }
        }
    }

    /// <summary>Moves the members of <paramref name="absorbed"/> into <paramref name="into"/>; the index then finds <paramref name="into"/> for them.</summary>
    private static void Absorb(EventCluster into, EventCluster absorbed, CandidateIndex index)
    {
        into.Absorb(absorbed);
        foreach (var member in absorbed.Members)
        {
            index.Add(into, member);
        }
    }
}
