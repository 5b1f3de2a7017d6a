namespace TimelineFunctions.Application.Queries;

/// <summary>
/// A detail on which the sources of a merged event disagree: <see cref="Aspect"/> is "date" or the kind of
/// figure ("people", "dead", "money", ...), with every version side by side.
/// </summary>
public sealed record EventConflict(string Aspect, IReadOnlyList<ConflictVersion> Versions);
