using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Storage.Tables;

/// <summary>
/// <see cref="ITimelineStore"/> on Azure Tables. Each story is one partition of the timeline table (see
/// <see cref="RowKeys"/>), so every query stays inside one partition and an article's rows can be written in
/// entity-group transactions. Saving an article writes its contribution rows under its content hash first, then
/// switches the article row to that hash with optimistic concurrency (ETags), then deletes the rows of the hash
/// it replaced. Readers only see rows whose hash the article row names, so a half-finished save is invisible and
/// the next delivery of the same version completes it. Every filter is built with
/// <see cref="TableClient.CreateQueryFilter(FormattableString)"/>, which quotes values (no filter injection).
/// </summary>
public sealed partial class TableTimelineStore : ITimelineStore
{
    private const string StoriesPartition = "stories";
    private const string RejectedPartition = "rejected-blobs";
    private const int MaxBatch = 100;

    /// <summary>How old rows of a non-current version must be before they count as an abandoned ingest's leftovers.</summary>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(15);

    /// <summary>How long a cancelled save may take to remove the rows it wrote.</summary>
    public static readonly TimeSpan CancelledSweepTimeout = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _clock;
    private readonly ILogger<TableTimelineStore> _logger;
    private readonly AsyncOnce _tables;

    public TableTimelineStore(StorageClients clients, TimeProvider clock, ILogger<TableTimelineStore> logger)
    {
        Timeline = clients.Table(clients.Options.TimelineTable);
        Stories = clients.Table(clients.Options.StoriesTable);
        _clock = clock;
        _logger = logger;
        _tables = new AsyncOnce(async ct =>
        {
            await Timeline.CreateIfNotExistsAsync(ct);
            await Stories.CreateIfNotExistsAsync(ct);
        });
    }

    private TableClient Timeline { get; }

    private TableClient Stories { get; }

    public Task InitializeAsync(CancellationToken cancellationToken) => _tables.EnsureAsync(cancellationToken);

    public async Task<ArticleRecord?> GetArticleAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var response = await Timeline.GetEntityIfExistsAsync<TableEntity>(storyId, RowKeys.ForArticle(articleId), cancellationToken: cancellationToken);
        return response.HasValue ? ArticleEntities.FromEntity(response.Value!) : null;
    }

    public async Task<ArticleRecord?> GetArticleDetailAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var article = await GetArticleAsync(storyId, articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var prefix = $"{RowKeys.Detail}{articleId}|{article.ContentHash}|";
        var chunks = await QueryPrefixAsync(storyId, prefix, null, cancellationToken);
        return ArticleDetailRows.WithDetail(article, chunks);
    }

    public async Task<ArticleSaveResult> SaveArticleAsync(
        ArticleRecord article,
        IReadOnlyList<Application.Timeline.EventContribution> events,
        IReadOnlyList<Application.Timeline.ActorContribution> actors,
        CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await TouchStoryAsync(article.StoryId, cancellationToken);

        var rows = events.Select(ContributionEntities.ToEntity)
            .Concat(actors.Select(ContributionEntities.ToEntity))
            .Concat(ArticleDetailRows.ToEntities(article));
        bool isCurrent;
        ArticleRecord? replaced;
        try
        {
            await UpsertAsync(rows, cancellationToken);
            (isCurrent, replaced) = await SwitchArticleRowAsync(article, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await SweepCancelledSaveAsync(article);
            throw;
        }

        if (!isCurrent)
        {
            _logger.LogInformation("Article {StoryId}/{ArticleId}: a newer (or withdrawn) version is already stored; dropping this one", article.StoryId, article.ArticleId);
        }

        // An article's first version replaced nothing, and a crashed earlier attempt's rows are invisible: skipping the
        // cleanup's range queries keeps a new article's cost independent of the story's size (they go at its next change).
        if (!isCurrent || replaced is not null)
        {
            await DeleteSupersededRowsAsync(article.StoryId, article.ArticleId, isCurrent ? replaced?.ContentHash : article.ContentHash, cancellationToken);
        }

        return new ArticleSaveResult(isCurrent, isCurrent ? replaced : null);
    }

    /// <summary>
    /// A save cancelled midway (the host's timeout or shutdown) takes back the rows it wrote, unless a concurrent
    /// delivery made this version current meanwhile. Best effort within <see cref="CancelledSweepTimeout"/>; rows a
    /// killed process leaves are invisible and go at the article's next change.
    /// </summary>
    private async Task SweepCancelledSaveAsync(ArticleRecord article)
    {
        using var timeout = new CancellationTokenSource(CancelledSweepTimeout);
        try
        {
            await DeleteSupersededRowsAsync(article.StoryId, article.ArticleId, article.ContentHash, timeout.Token);
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException)
        {
            _logger.LogWarning(ex, "Article {StoryId}/{ArticleId}: the rows of a cancelled save were not all removed; they stay invisible until the article's next change", article.StoryId, article.ArticleId);
        }
    }

    public async Task RecordRejectedBlobAsync(RejectedBlob blob, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var entity = new TableEntity(RejectedPartition, TableKeys.Encode(blob.BlobName))
        {
            ["BlobName"] = ArticleEntities.Truncate(blob.BlobName, 2000),
            ["Code"] = blob.Code,
            ["Reason"] = ArticleEntities.Truncate(blob.Reason, 4000),
            ["RecordedAt"] = blob.RecordedAt,
        };
        await Stories.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<RejectedBlob>> ListRejectedBlobsAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var result = new List<RejectedBlob>();
        await foreach (var e in Stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {RejectedPartition}"), cancellationToken: cancellationToken))
        {
            result.Add(new RejectedBlob(e.GetString("BlobName"), e.GetString("Code"), e.GetString("Reason"), e.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue));
        }

        return result;
    }

    public async Task<IReadOnlyList<StoryRecord>> ListStoriesAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        // A young story folded into another (see StoryProfile.MergedInto) is left out once it has no articles.
        var folded = new HashSet<string>(StringComparer.Ordinal);
        var profileFilter = TableClient.CreateQueryFilter($"PartitionKey eq {StoryProfileRows.Partition}");
        await foreach (var p in Stories.QueryAsync<TableEntity>(profileFilter, select: ["RowKey", "MergedInto", "ArticleCount"], cancellationToken: cancellationToken))
        {
            if (p.GetString("MergedInto") is not null && (p.GetInt32("ArticleCount") ?? 0) == 0)
            {
                folded.Add(p.RowKey);
            }
        }

        var result = new List<StoryRecord>();
        await foreach (var e in Stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StoriesPartition}"), cancellationToken: cancellationToken))
        {
            if (!folded.Contains(e.RowKey))
            {
                result.Add(ToStory(e));
            }
        }

        return result;
    }

    public async Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var response = await Stories.GetEntityIfExistsAsync<TableEntity>(StoriesPartition, storyId, cancellationToken: cancellationToken);
        return response.HasValue ? ToStory(response.Value!) : null;
    }

    public async Task<IReadOnlyList<ArticleRecord>> ListArticlesAsync(string storyId, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var rows = await QueryPrefixAsync(storyId, RowKeys.Article, null, cancellationToken);
        return [.. rows.Select(ArticleEntities.FromEntity)];
    }

    public async Task<StoryContents> GetStoryContentsAsync(string storyId, CancellationToken cancellationToken)
    {
        var articles = (await ListArticlesAsync(storyId, cancellationToken)).ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        bool IsCurrent(string rowKey)
        {
            var (articleId, hash) = RowKeys.Owner(rowKey);
            return articles.TryGetValue(articleId, out var a) && a.Status == ArticleStatus.Processed && a.ContentHash == hash;
        }

        var events = await QueryPrefixAsync(storyId, RowKeys.Event, null, cancellationToken);
        var actors = await QueryPrefixAsync(storyId, RowKeys.Actor, null, cancellationToken);
        return new StoryContents(
            [.. articles.Values],
            [.. events.Where(e => IsCurrent(e.RowKey)).Select(ContributionEntities.EventFromEntity)],
            [.. actors.Where(e => IsCurrent(e.RowKey)).Select(ContributionEntities.ActorFromEntity)]);
    }

    private static StoryRecord ToStory(TableEntity e) =>
        new(e.RowKey, e.GetString("Title"), e.GetDateTimeOffset("UpdatedAt") ?? e.Timestamp ?? DateTimeOffset.MinValue);

    private async Task TouchStoryAsync(string storyId, CancellationToken cancellationToken) =>
        await Stories.UpsertEntityAsync(new TableEntity(StoriesPartition, storyId) { ["UpdatedAt"] = _clock.GetUtcNow() }, TableUpdateMode.Merge, cancellationToken);

    /// <summary>
    /// Makes the article row name this version unless a newer blob version is stored, or this very version was
    /// withdrawn. Returns whether this call made it current and the record it replaced.
    /// </summary>
    private async Task<(bool IsCurrent, ArticleRecord? Replaced)> SwitchArticleRowAsync(ArticleRecord article, CancellationToken cancellationToken)
    {
        var entity = ArticleEntities.ToEntity(article);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await Timeline.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue)
                {
                    await Timeline.AddEntityAsync(entity, cancellationToken);
                    return (true, null);
                }

                var stored = ArticleEntities.FromEntity(existing.Value!);
                if (stored.Status == ArticleStatus.Withdrawn && stored.ContentHash == article.ContentHash && article.Status != ArticleStatus.Withdrawn)
                {
                    return (false, null);
                }

                if (stored.BlobLastModified is { } storedTime && article.BlobLastModified is { } ours && storedTime > ours)
                {
                    return (false, null);
                }

                await Timeline.UpdateEntityAsync(entity, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return (true, stored);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 20)
            {
                // Another delivery changed the row between our read and write: read again and decide again.
            }
        }
    }

    /// <summary>
    /// Deletes the article's rows of <paramref name="doomedHash"/> (the version just replaced, or this one when it
    /// lost to a newer version), and rows of any other version that is not current and older than
    /// <see cref="LeftoverAge"/>: leftovers of an ingest that died after its switch. Younger rows of other versions
    /// may belong to a concurrent ingest still writing, so they are left alone.
    /// </summary>
    private async Task DeleteSupersededRowsAsync(string storyId, string articleId, string? doomedHash, CancellationToken cancellationToken)
    {
        // Read the row again rather than trust the switch's outcome: a concurrent delivery may have switched it since,
        // even back to the very hash this save would delete (blob times missing or equal), and the current rows must stay.
        // A withdrawn article, or one moved away, has no current rows.
        var current = await GetArticleAsync(storyId, articleId, cancellationToken) is { Status: not ArticleStatus.Withdrawn } stored ? stored.ContentHash : null;
        var leftoverBefore = _clock.GetUtcNow() - LeftoverAge;
        foreach (var kind in RowKeys.ContributionKinds)
        {
            var rows = await QueryPrefixAsync(storyId, RowKeys.ArticlePrefix(kind, articleId), ["PartitionKey", "RowKey", "Timestamp"], cancellationToken);
            var doomed = rows.Where(r =>
            {
                var hash = RowKeys.Owner(r.RowKey).Hash;
                return hash != current && (hash == doomedHash || r.Timestamp < leftoverBefore);
            });
            foreach (var batch in doomed.Chunk(MaxBatch))
            {
                try
                {
                    await Timeline.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
                }
                catch (TableTransactionFailedException)
                {
                    // Some rows were already deleted by a concurrent delivery: delete the rest one by one.
                    foreach (var row in batch)
                    {
                        await Timeline.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                    }
                }
            }
        }
    }

    private async Task UpsertAsync(IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var batch in rows.Chunk(MaxBatch))
        {
            await Timeline.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }
    }

    private async Task<List<TableEntity>> QueryPrefixAsync(string partitionKey, string prefix, IEnumerable<string>? select, CancellationToken cancellationToken)
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
