using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Storage.Tables;

/// <summary>Withdrawing an article, reading one for a move, and taking it out of a story.</summary>
public sealed partial class TableTimelineStore
{
    public async Task<ArticleVersion?> GetArticleVersionAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        var article = await GetArticleDetailAsync(storyId, articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        if (article.Status != ArticleStatus.Processed)
        {
            return new ArticleVersion(article, [], []);
        }

        var events = await QueryPrefixAsync(storyId, $"{RowKeys.Event}{articleId}|{article.ContentHash}|", null, cancellationToken);
        var actors = await QueryPrefixAsync(storyId, $"{RowKeys.Actor}{articleId}|{article.ContentHash}|", null, cancellationToken);
        return new ArticleVersion(article, [.. events.Select(ContributionEntities.EventFromEntity)], [.. actors.Select(ContributionEntities.ActorFromEntity)]);
    }

    public Task<ArticleRecord?> WithdrawArticleAsync(string storyId, string articleId, DateTimeOffset withdrawnAt, CancellationToken cancellationToken) =>
        WithdrawArticleAsync(storyId, articleId, Withdrawal.ThroughApi(withdrawnAt), cancellationToken);

    public async Task<ArticleRecord?> WithdrawArticleAsync(string storyId, string articleId, Withdrawal withdrawal, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await Timeline.GetEntityIfExistsAsync<TableEntity>(storyId, RowKeys.ForArticle(articleId), cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                return null;
            }

            var before = ArticleEntities.FromEntity(existing.Value!);
            try
            {
                if (before.Status != ArticleStatus.Withdrawn)
                {
                    var withdrawn = before.AsWithdrawn(withdrawal);
                    await Timeline.UpdateEntityAsync(ArticleEntities.ToEntity(withdrawn), existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                await DeleteSupersededRowsAsync(storyId, articleId, before.ContentHash, cancellationToken);
                _logger.LogInformation("Withdrew article {StoryId}/{ArticleId}", storyId, articleId);
                return before;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 20)
            {
                // A delivery switched the row meanwhile: read again and withdraw what is there now.
            }
        }
    }

    public async Task<bool> RecordFailedVersionAsync(string storyId, string articleId, FailedVersion failure, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await Timeline.GetEntityIfExistsAsync<TableEntity>(storyId, RowKeys.ForArticle(articleId), cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                return false;
            }

            var current = ArticleEntities.FromEntity(existing.Value!);
            if (!FailedVersionRule.IsNewer(current, failure))
            {
                return false;
            }

            try
            {
                await Timeline.UpdateEntityAsync(ArticleEntities.ToEntity(current with { FailedVersion = failure }), existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 20)
            {
                // A delivery switched the row meanwhile: read again.
            }
        }
    }

    public async Task<ArticleRecord?> RemoveArticleAsync(string storyId, string articleId, string blobName, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await Timeline.GetEntityIfExistsAsync<TableEntity>(storyId, RowKeys.ForArticle(articleId), cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                return null;
            }

            var removed = ArticleEntities.FromEntity(existing.Value!);
            if (removed.BlobName != blobName)
            {
                return null;
            }

            try
            {
                await Timeline.DeleteEntityAsync(storyId, RowKeys.ForArticle(articleId), existing.Value!.ETag, cancellationToken);
                await DeleteSupersededRowsAsync(storyId, articleId, removed.ContentHash, cancellationToken);
                return removed;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < 20)
            {
                // Changed or deleted meanwhile: read again.
            }
        }
    }
}
