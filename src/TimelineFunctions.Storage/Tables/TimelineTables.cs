using Azure.Data.Tables;
using TimelineFunctions.Application.Articles;

namespace TimelineFunctions.Storage.Tables;

/// <summary>The timeline and stories tables, created once on first use, with the reads every table store shares.</summary>
public sealed class TimelineTables
{
    /// <summary>The partition of the stories table that holds one row per story (its title and last update).</summary>
    internal const string StoriesPartition = "stories";

    /// <summary>The most operations one table transaction takes.</summary>
    internal const int MaxBatch = 100;

    private readonly AsyncOnce _created;

    public TimelineTables(StorageClients clients)
    {
        Timeline = clients.Table(clients.Options.TimelineTable);
        Stories = clients.Table(clients.Options.StoriesTable);
        _created = new AsyncOnce(async ct =>
        {
            await Timeline.CreateIfNotExistsAsync(ct);
            await Stories.CreateIfNotExistsAsync(ct);
        });
    }

    /// <summary>One partition per story (see <see cref="RowKeys"/>).</summary>
    internal TableClient Timeline { get; }

    /// <summary>Small rows: the story list, story profiles, the assignment index, rejected blobs and story summaries.</summary>
    internal TableClient Stories { get; }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.EnsureAsync(cancellationToken);

    internal async Task<ArticleRecord?> GetArticleAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var response = await Timeline.GetEntityIfExistsAsync<TableEntity>(storyId, RowKeys.ForArticle(articleId), cancellationToken: cancellationToken);
        return response.HasValue ? ArticleEntities.FromEntity(response.Value!) : null;
    }

    internal async Task<ArticleRecord?> GetArticleDetailAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        var article = await GetArticleAsync(storyId, articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var prefix = $"{RowKeys.Detail}{articleId}|{article.ContentHash}|";
        var chunks = await QueryPrefixAsync(storyId, prefix, null, cancellationToken);
        return ArticleDetailRows.WithDetail(article, chunks);
    }

    /// <summary>The rows of one story partition whose row keys start with <paramref name="prefix"/>.</summary>
    internal async Task<List<TableEntity>> QueryPrefixAsync(string partitionKey, string prefix, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        var end = TableKeys.PrefixEnd(prefix);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {prefix} and RowKey lt {end}");
        var rows = new List<TableEntity>();
        await foreach (var row in Timeline.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
