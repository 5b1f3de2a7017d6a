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

/// <summary>
/// One source of an event: the article that reports it, the sentence it says it in, and the date that article
/// gives the event (null when it gives none).
/// </summary>
public sealed record EventSource(string ArticleId, string? Url, string? Outlet, DateOnly? Published, string Quote)
{
    public EventDateInfo? Date { get; init; }

    public string? Attribution { get; init; }
}

/// <summary>One version of a disputed detail and the articles that give it.</summary>
public sealed record ConflictVersion(string Value, IReadOnlyList<string> ArticleIds);

/// <summary>
/// A detail on which the sources of a merged event disagree: <see cref="Aspect"/> is "date" or the kind of
/// figure ("people", "dead", "money", ...), with every version side by side.
/// </summary>
public sealed record EventConflict(string Aspect, IReadOnlyList<ConflictVersion> Versions);

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

public sealed record StoryTimeline(StorySummary Story, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineEvent> Undated);

public sealed record StoryActorSummary(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int EventCount);
