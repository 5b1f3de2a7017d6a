using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Ingest;

/// <summary>Makes a blob version that failed every delivery attempt visible.</summary>
/// <remarks>
/// A new article is listed as failed, with the reason, in the story its deliveries go to; when an earlier version
/// of it is on the timeline, that version stays and the article shows the failed newer version (when, and why); a
/// blob whose name cannot be an article's is listed under the rejected blobs. The reason shown is
/// <see cref="PublicReason"/>: the error itself is in the log.
/// </remarks>
public sealed class FailedDeliveries(IArticleStore articleStore, IBlobAssignmentStore assignmentStore, IRejectedBlobStore rejectedBlobStore, TimeProvider clock)
{
    public const string ReasonCode = "poison";

    /// <summary>What callers of the API are told about a delivery that failed every attempt.</summary>
    public const string PublicReason = "Processing failed on every attempt the host made; the error is in the function app's log.";

    public async Task RecordAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!ArticleLocation.TryParse(request.BlobName, out var location, out var problem))
        {
            var code = ArticleLocation.ProblemCode(request.BlobName);
            await rejectedBlobStore.RecordRejectedBlobAsync(new RejectedBlob(request.BlobName, code, $"{problem} Every delivery attempt failed.", now), cancellationToken);
            return;
        }

        // The story the blob's deliveries go to (a move, its folder, or its earlier automatic placement).
        var storyId = StoryPlacement.Known(location!, await assignmentStore.GetAssignmentAsync(request.BlobName, cancellationToken))?.StoryId ?? StoryId.Unsorted;
        var hash = ContentFingerprint.Compute(request.Content.Span, request.Metadata);
        if (await articleStore.GetArticleAsync(storyId, location!.ArticleId, cancellationToken) is { } existing)
        {
            if (existing.Status != ArticleStatus.Failed)
            {
                await articleStore.RecordFailedVersionAsync(storyId, location.ArticleId, new FailedVersion(hash, now, ReasonCode, PublicReason, request.LastModified), cancellationToken);
                return;
            }
        }

        await articleStore.SaveArticleAsync(
            new ArticleRecord
            {
                StoryId = storyId,
                ArticleId = location.ArticleId,
                BlobName = request.BlobName,
                ContentHash = hash,
                Status = ArticleStatus.Failed,
                ReasonCode = ReasonCode,
                Reason = PublicReason,
                ProcessedAt = now,
                BlobLastModified = request.LastModified,
            },
            [],
            [],
            cancellationToken);
    }
}
