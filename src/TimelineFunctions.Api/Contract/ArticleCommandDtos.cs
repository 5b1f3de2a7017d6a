namespace TimelineFunctions.Api.Contract;

/// <summary>The answer to <c>DELETE /api/stories/{storyId}/articles/{articleId}</c>.</summary>
public sealed record WithdrawnArticleDto(string ArticleId, string StoryId, string Status);

/// <summary>The answer to a move: <see cref="Outcome"/> is "moved", or "unchanged" when it was already done.</summary>
public sealed record MovedArticleDto(string ArticleId, string From, string StoryId, string Outcome);
