using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Things said on one day by the parties of an occasion that day (a hearing, a meeting, a signing:
/// <see cref="EventKind.IsOccasion"/>) are remarks at that occasion, and one event: the judge's words and the
/// defendant's apology at a sentencing hearing. The occasion stays its own event, as the sentence stands beside what
/// was said at the hearing; what anyone else said that day (a prosecutor on the courthouse steps) stays apart.
/// </summary>
internal static class OccasionRemarks
{
    /// <summary>For each occasion with remarks by its parties in more than one event, those events, the earliest formed first.</summary>
    public static IEnumerable<IReadOnlyList<EventCluster>> Find(IReadOnlyList<EventCluster> events)
    {
        var saidByDay = new Dictionary<DateOnly, List<EventCluster>>();
        foreach (var said in events.Where(e => e.AbsorbedBy is null && IsRemark(e.Anchor)))
        {
            var day = said.Anchor.Date!.Start;
            if (!saidByDay.TryGetValue(day, out var onDay))
            {
                saidByDay[day] = onDay = [];
            }

            onDay.Add(said);
        }

        foreach (var occasion in events.Where(e => e.AbsorbedBy is null && IsOccasion(e.Anchor)))
        {
            if (!saidByDay.TryGetValue(occasion.Anchor.Date!.Start, out var onDay))
            {
                continue;
            }

            var parties = occasion.Members.SelectMany(m => m.DistinctiveActors).ToList();
            var remarks = onDay.Where(said => parties.Any(party => ActorIdWords.Same(party, said.Anchor.SpeakerWords!))).ToList();
            if (remarks.Count > 1)
            {
                yield return remarks;
            }
        }
    }

    private static bool IsRemark(MergeCandidate report) =>
        EventKind.IsSaid(report.Contribution.Type) && report.SpeakerWords is not null && report.IsDayPrecise && report.PlannedFor is null;

    private static bool IsOccasion(MergeCandidate report) =>
        EventKind.IsOccasion(report.Contribution.Type) && report.IsDayPrecise && report.PlannedFor is null;
}
