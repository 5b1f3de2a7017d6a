namespace TimelineFunctions.Extraction.Actors;

/// <summary>One real-world entity named in an article, with every name it goes by there.</summary>
/// <remarks>
/// <see cref="Id"/> is a slug of the canonical name ("wang-wenbin"), stable across articles so a story can merge actors
/// by id.
/// </remarks>
public sealed record Actor(
    string Id,
    string Name,
    ActorType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles)
{
    /// <summary>
    /// Whether the type is only a guess from the name's shape (two capitalized words look like a person's), with no cue
    /// in the article: another article's cue for the same name decides it (<c>StoryActors</c>).
    /// </summary>
    public bool TypeIsGuess { get; init; }
}
