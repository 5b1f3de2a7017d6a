namespace TimelineFunctions.Application.Timeline;

/// <summary>An actor as one article names it; a story's actors are the union of these by <see cref="ActorId"/>.</summary>
public sealed record ActorContribution
{
    public required string StoryId { get; init; }

    public required string ArticleId { get; init; }

    public required string ContentHash { get; init; }

    public required string ActorId { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Whether the article only guessed the type from the name's shape (<c>Actor.TypeIsGuess</c>).</summary>
    public bool TypeIsGuess { get; init; }
}
