using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>Which system events support each gold event, and the gold item each system event is assigned to.</summary>
public sealed record MatchResult(
    IReadOnlyDictionary<GoldEvent, IReadOnlyList<Support>> Supports,
    IReadOnlyList<Assignment> Assignments)
{
    public bool IsFound(GoldEvent gold) => Supports.TryGetValue(gold, out var s) && s.Count > 0;

    /// <summary>
    /// The supporting system event with the largest overlap, or null. On a tie (one sentence reporting several
    /// events, each quoted whole) the one whose date agrees best with the gold event's, then the first.
    /// </summary>
    public TimelineEvent? Best(GoldEvent gold) =>
        Supports.TryGetValue(gold, out var s) && s.Count > 0
            ? s.OrderByDescending(x => x.Overlap).ThenBy(x => DateScorer.Score(gold, x.Event.Date)).First().Event
            : null;

    public IReadOnlyList<TimelineEvent> AssignedTo(GoldEvent gold) =>
        [.. Assignments.Where(a => ReferenceEquals(a.GoldEvent, gold)).Select(a => a.Event)];
}
