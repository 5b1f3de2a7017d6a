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
    IReadOnlyList<string> Roles);
