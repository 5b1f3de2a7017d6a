using Azure.Data.Tables;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Storage.Tables;

/// <summary><see cref="IStoryReader"/> on Azure Tables: the story rows of the stories table, and one story partition at a time.</summary>
public sealed class TableStoryReader(TimelineTables tables) : IStoryReader
{
    public async Task<IReadOnlyList<StoryRecord>> ListStoriesAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        // A young story redirected into another (see StoryProfile.MergedInto) is left out once it has no articles.
        var redirected = new HashSet<string>(StringComparer.Ordinal);
        var profileFilter = TableClient.CreateQueryFilter($"PartitionKey eq {StoryProfileRows.Partition}");
        await foreach (var p in tables.Stories.QueryAsync<TableEntity>(profileFilter, select: ["RowKey", "MergedInto", "ArticleCount"], cancellationToken: cancellationToken))
        {
            if (p.GetString("MergedInto") is not null && (p.GetInt32("ArticleCount") ?? 0) == 0)
            {
                redirected.Add(p.RowKey);
            }
        }

        var result = new List<StoryRecord>();
        await foreach (var e in tables.Stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TimelineTables.StoriesPartition}"), cancellationToken: cancellationToken))
        {
            if (!redirected.Contains(e.RowKey))
            {
                result.Add(ToStory(e));
            }
        }

        return result;
    }

    public async Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var response = await tables.Stories.GetEntityIfExistsAsync<TableEntity>(TimelineTables.StoriesPartition, storyId, cancellationToken: cancellationToken);
        return response.HasValue ? ToStory(response.Value!) : null;
    }

    public async Task<IReadOnlyList<ArticleRecord>> ListArticlesAsync(string storyId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var rows = await tables.QueryPrefixAsync(storyId, RowKeys.Article, null, cancellationToken);
        return [.. rows.Select(ArticleEntities.FromEntity)];
    }

    public Task<ArticleRecord?> GetArticleDetailAsync(string storyId, string articleId, CancellationToken cancellationToken) =>
        tables.GetArticleDetailAsync(storyId, articleId, cancellationToken);

    public async Task<StoryContents> GetStoryContentsAsync(string storyId, CancellationToken cancellationToken)
    {
        var articles = (await ListArticlesAsync(storyId, cancellationToken)).ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        bool IsCurrent(string rowKey)
        {
            var (articleId, hash) = RowKeys.Owner(rowKey);
            return articles.TryGetValue(articleId, out var a) && a.Status == ArticleStatus.Processed && a.ContentHash == hash;
        }

        var events = await tables.QueryPrefixAsync(storyId, RowKeys.Event, null, cancellationToken);
        var actors = await tables.QueryPrefixAsync(storyId, RowKeys.Actor, null, cancellationToken);
        return new StoryContents(
            [.. articles.Values],
            [.. events.Where(e => IsCurrent(e.RowKey)).Select(ContributionEntities.EventFromEntity)],
            [.. actors.Where(e => IsCurrent(e.RowKey)).Select(ContributionEntities.ActorFromEntity)]);
    }

    private static StoryRecord ToStory(TableEntity e) =>
        new(e.RowKey, e.GetString("Title"), e.GetDateTimeOffset("UpdatedAt") ?? e.Timestamp ?? DateTimeOffset.MinValue);
}
