namespace TimelineFunctions.Application.Queries;

/// <summary>What the story list shows of a story, as derived from its articles and merged events.</summary>
public sealed record StoryFacts(string? Title, int ArticleCount, int EventCount, DateOnly? FirstDate, DateOnly? LastDate);
