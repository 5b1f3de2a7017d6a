using TimelineFunctions.Application.Articles;

namespace TimelineFunctions.Application.Queries;

/// <summary>An article with its analysis detail and the timeline events it is a source of.</summary>
public sealed record ArticleDetail(StorySummary Story, ArticleRecord Article, IReadOnlyList<TimelineEvent> Events);
