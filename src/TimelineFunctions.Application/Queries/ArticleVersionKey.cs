using TimelineFunctions.Application.Articles;

namespace TimelineFunctions.Application.Queries;

/// <summary>An article row's version: what a story's assembly depends on.</summary>
public sealed record ArticleVersionKey(string ArticleId, string ContentHash, ArticleStatus Status);
