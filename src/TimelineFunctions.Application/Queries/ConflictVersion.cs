namespace TimelineFunctions.Application.Queries;

/// <summary>One version of a disputed detail and the articles that give it.</summary>
public sealed record ConflictVersion(string Value, IReadOnlyList<string> ArticleIds);
