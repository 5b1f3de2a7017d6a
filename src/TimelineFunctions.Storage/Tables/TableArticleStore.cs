using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Storage.Tables;

/// <summary><see cref="IArticleStore"/> on Azure Tables: an article's rows in its story's partition of the timeline table.</summary>
/// <remarks>
/// Each story is one partition of the timeline table (see <see cref="RowKeys"/>), so every query stays inside one
/// partition and an article's rows can be written in entity-group transactions. Saving an article writes its
/// contribution rows under its content hash first, then switches the article row to that hash with optimistic
/// concurrency (ETags), then deletes the rows of the hash it replaced. Readers only see rows whose hash the article
/// row names, so a half-finished save is invisible and the next delivery of the same version completes it. Every
/// filter is built with <see cref="TableClient.CreateQueryFilter(FormattableString)"/>, which quotes values (no
/// filter injection).
/// </remarks>
public sealed class TableArticleStore(TimelineTables tables, TimeProvider clock, ILogger<TableArticleStore> logger) : IArticleStore
{
    /// <summary>How old rows of a non-current version must be before they count as an abandoned ingest's leftovers.</summary>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(15);

    /// <summary>How long a cancelled save may take to remove the rows it wrote.</summary>
    public static readonly TimeSpan CancelledSweepTimeout = TimeSpan.FromSeconds(30);

    private TableClient Timeline => tables.Timeline;

    public Task<ArticleRecord?> GetArticleAsync(string storyId, string articleId, CancellationToken cancellationToken) =>
        tables.GetArticleAsync(storyId, articleId, cancellationToken);

    public async Task<ArticleSaveResult> SaveArticleAsync(
        ArticleRecord article,
        IReadOnlyList<EventContribution> events,
        IReadOnlyList<ActorContribution> actors,
        CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
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
            logger.LogInformation("Article {StoryId}/{ArticleId}: a newer (or withdrawn) version is already stored; dropping this one", article.StoryId, article.ArticleId);
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
            logger.LogWarning(ex, "Article {StoryId}/{ArticleId}: the rows of a cancelled save were not all removed; they stay invisible until the article's next change", article.StoryId, article.ArticleId);
        }
    }

    public async Task<ArticleVersion?> GetArticleVersionAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        var article = await tables.GetArticleDetailAsync(storyId, articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        if (article.Status != ArticleStatus.Processed)
        {
            return new ArticleVersion(article, [], []);
        }

        var events = await tables.QueryPrefixAsync(storyId, $"{RowKeys.Event}{articleId}|{article.ContentHash}|", null, cancellationToken);
        var actors = await tables.QueryPrefixAsync(storyId, $"{RowKeys.Actor}{articleId}|{article.ContentHash}|", null, cancellationToken);
        return new ArticleVersion(article, [.. events.Select(ContributionEntities.EventFromEntity)], [.. actors.Select(ContributionEntities.ActorFromEntity)]);
    }

    public Task<ArticleRecord?> WithdrawArticleAsync(string storyId, string articleId, Withdrawal withdrawal, CancellationToken cancellationToken) =>
        ChangeArticleRowAsync<ArticleRecord?>(storyId, articleId, null, retryWhenGone: false, async (before, etag) =>
        {
            if (before.Status != ArticleStatus.Withdrawn)
            {
                var withdrawn = before.AsWithdrawn(withdrawal);
                await Timeline.UpdateEntityAsync(ArticleEntities.ToEntity(withdrawn), etag, TableUpdateMode.Replace, cancellationToken);
            }

            await DeleteSupersededRowsAsync(storyId, articleId, before.ContentHash, cancellationToken);
            logger.LogInformation("Withdrew article {StoryId}/{ArticleId}", storyId, articleId);
            return before;
        }, cancellationToken);

    public Task<bool> RecordFailedVersionAsync(string storyId, string articleId, FailedVersion failure, CancellationToken cancellationToken) =>
        ChangeArticleRowAsync(storyId, articleId, false, retryWhenGone: false, async (current, etag) =>
        {
            if (!FailedVersionRule.IsNewer(current, failure))
            {
                return false;
            }

            await Timeline.UpdateEntityAsync(ArticleEntities.ToEntity(current with { FailedVersion = failure }), etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<ArticleRecord?> RemoveArticleAsync(string storyId, string articleId, string blobName, CancellationToken cancellationToken) =>
        ChangeArticleRowAsync<ArticleRecord?>(storyId, articleId, null, retryWhenGone: true, async (removed, etag) =>
        {
            if (removed.BlobName != blobName)
            {
                return null;
            }

            await Timeline.DeleteEntityAsync(storyId, RowKeys.ForArticle(articleId), etag, cancellationToken);
            await DeleteSupersededRowsAsync(storyId, articleId, removed.ContentHash, cancellationToken);
            return removed;
        }, cancellationToken);

    /// <summary>
    /// Reads the article row and hands it, with its ETag, to <paramref name="change"/>, whose writes are conditional on
    /// that ETag; when one loses to a concurrent change (or, with <paramref name="retryWhenGone"/>, finds the row
    /// deleted), reads again and decides again. <paramref name="whenMissing"/> when the story holds no such article.
    /// </summary>
    private async Task<T> ChangeArticleRowAsync<T>(
        string storyId,
        string articleId,
        T whenMissing,
        bool retryWhenGone,
        Func<ArticleRecord, ETag, Task<T>> change,
        CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await Timeline.GetEntityIfExistsAsync<TableEntity>(storyId, RowKeys.ForArticle(articleId), cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                return whenMissing;
            }

            try
            {
                return await change(ArticleEntities.FromEntity(existing.Value!), existing.Value!.ETag);
            }
            catch (RequestFailedException ex) when ((ex.Status is 409 or 412 || (retryWhenGone && ex.Status == 404)) && attempt < 20)
            {
                // Changed (or deleted) meanwhile: read again.
            }
        }
    }

    private async Task TouchStoryAsync(string storyId, CancellationToken cancellationToken) =>
        await tables.Stories.UpsertEntityAsync(new TableEntity(TimelineTables.StoriesPartition, storyId) { ["UpdatedAt"] = clock.GetUtcNow() }, TableUpdateMode.Merge, cancellationToken);

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
        var leftoverBefore = clock.GetUtcNow() - LeftoverAge;
        foreach (var kind in RowKeys.ContributionKinds)
        {
            var rows = await tables.QueryPrefixAsync(storyId, RowKeys.ArticlePrefix(kind, articleId), ["PartitionKey", "RowKey", "Timestamp"], cancellationToken);
            var doomed = rows.Where(r =>
            {
                var hash = RowKeys.Owner(r.RowKey).Hash;
                return hash != current && (hash == doomedHash || r.Timestamp < leftoverBefore);
            });
            foreach (var batch in doomed.Chunk(TimelineTables.MaxBatch))
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
        foreach (var batch in rows.Chunk(TimelineTables.MaxBatch))
        {
            await Timeline.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }
    }
}
