using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Queries;

/// <summary>An event on the timeline, with every source that reports it.</summary>
public sealed record TimelineEvent(
    string Id,
    EventDateInfo? Date,
    string Type,
    string Summary,
    IReadOnlyList<EventActor> Actors,
    string? Location,
    IReadOnlyList<EventSource> Sources)
{
    /// <summary>How many articles report the event (an article may quote it twice among <see cref="Sources"/>).</summary>
    public int SourceCount => Sources.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The CAMEO root code of <see cref="Type"/>, when it has one.</summary>
    public string? CameoCode { get; init; }

    public IReadOnlyList<EventConflict> Conflicts { get; init; } = [];
}
