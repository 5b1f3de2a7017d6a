using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Queries;

public sealed record StorySummary(
    string Id,
    string? Title,
    int ArticleCount,
    int EventCount,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    DateTimeOffset UpdatedAt);

/// <summary>One source of an event: the article that reports it, and the sentence it says it in.</summary>
public sealed record EventSource(string ArticleId, string? Url, string? Outlet, DateOnly? Published, string Quote);

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
    public int SourceCount => Sources.Count;
}

public sealed record StoryTimeline(StorySummary Story, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineEvent> Undated);

public sealed record StoryActorSummary(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int EventCount);
