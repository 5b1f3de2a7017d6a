using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Things said on one day by the parties of an occasion that day (a hearing, a meeting, a signing:
/// <see cref="EventKind.IsOccasion"/>) are remarks at that occasion, and one event: the judge's words and the
/// defendant's apology at a sentencing hearing.
/// </summary>
/// <remarks>
/// The occasion stays its own event, as the sentence stands beside what was said at the hearing; what anyone else
/// said that day (a prosecutor on the courthouse steps) stays apart.
/// </remarks>
internal static class OccasionStatements
{
    /// <summary>For each occasion with remarks by its parties in more than one event, those events, the earliest formed first.</summary>
    public static IEnumerable<IReadOnlyList<EventCluster>> Find(IReadOnlyList<EventCluster> events, StatementsByDay statements)
    {
        foreach (var occasion in events.Where(e => e.AbsorbedBy is null && IsOccasion(e.Anchor)))
        {
            var remarks = statements.By([.. occasion.Members.SelectMany(m => m.DistinctiveActors)], occasion.Anchor);
            if (remarks.Count > 1)
            {
                yield return remarks;
            }
        }
    }

    private static bool IsOccasion(MergeCandidate report) =>
        StatementsByDay.IsActionOnADay(report) && EventKind.IsOccasion(report.Contribution.Type);
}
