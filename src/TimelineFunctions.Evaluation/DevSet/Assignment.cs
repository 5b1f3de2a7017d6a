using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>
/// Where one system event went: to the gold event (or gold undated item) it overlaps most, or nowhere
/// (<see cref="GoldEvent"/> and <see cref="GoldUndated"/> both null).
/// </summary>
public sealed record Assignment(TimelineEvent Event, GoldEvent? GoldEvent, GoldUndated? GoldUndated, int Overlap)
{
    public bool IsCorrect => GoldEvent is not null || GoldUndated is not null;
}
