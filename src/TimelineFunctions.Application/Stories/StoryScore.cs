namespace TimelineFunctions.Application.Stories;

/// <summary>
/// How well an article fits one story: the similarity (0–1), the shared terms that weigh most, and whether they
/// include a named person, body, group or place (<see cref="SharesAnchor"/>), without which no article joins.
/// </summary>
public sealed record StoryScore(string StoryId, double Score, IReadOnlyList<string> SharedTerms, bool SharesAnchor = true);
