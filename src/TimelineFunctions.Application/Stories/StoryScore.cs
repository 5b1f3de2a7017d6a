namespace TimelineFunctions.Application.Stories;

/// <summary>How well an article fits one story: the similarity (0–1) and the shared terms that weigh most.</summary>
public sealed record StoryScore(string StoryId, double Score, IReadOnlyList<string> SharedTerms);
