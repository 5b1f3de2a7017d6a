using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Articles;

/// <summary>A deleted blob withdraws its article (Event Grid's BlobDeleted, or the local notifier's).</summary>
/// <remarks>
/// Idempotent, and safe against re-creation: when the blob exists again, or the article's version was modified
/// after the deletion, nothing is withdrawn, so a late or repeated event never takes down the new version.
/// </remarks>
public sealed class DeletedBlobs(IArticleStore articleStore, IBlobAssignmentStore assignmentStore, ArticleWithdrawal withdrawal, TimeProvider clock)
{
    public async Task<DeletionOutcome> WithdrawAsync(string blobName, DateTimeOffset? deletedAt, Func<CancellationToken, Task<bool>> blobExists, CancellationToken cancellationToken)
    {
        if (!ArticleLocation.TryParse(blobName, out var location, out _))
        {
            return DeletionOutcome.NoArticle;
        }

        if (StoryPlacement.Known(location!, await assignmentStore.GetAssignmentAsync(blobName, cancellationToken)) is not { } placement
            || await articleStore.GetArticleAsync(placement.StoryId, location!.ArticleId, cancellationToken) is not { } article
            || article.BlobName != blobName)
        {
            return DeletionOutcome.NoArticle;
        }

        if (article.Status == ArticleStatus.Withdrawn && article.ReasonCode == Withdrawal.BlobDeletedCode)
        {
            return DeletionOutcome.Withdrawn;
        }

        if (await blobExists(cancellationToken)
            || deletedAt is { } deleted && article.BlobLastModified is { } modified && modified > deleted)
        {
            return DeletionOutcome.Recreated;
        }

        await withdrawal.WithdrawAsync(placement.StoryId, article.ArticleId, Withdrawal.BlobDeleted(clock.GetUtcNow()), cancellationToken);
        return DeletionOutcome.Withdrawn;
    }
}
