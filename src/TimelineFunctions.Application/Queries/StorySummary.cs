namespace TimelineFunctions.Application.Queries;

public sealed record StorySummary(
    string Id,
    string? Title,
    int ArticleCount,
    int EventCount,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    DateTimeOffset UpdatedAt);
