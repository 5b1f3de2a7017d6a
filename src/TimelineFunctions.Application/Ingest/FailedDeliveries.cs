using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Ingest;

/// <summary>
/// Makes a blob version that failed every delivery attempt visible: its article is listed as failed, with the
/// reason, in the story its deliveries go to, unless a version of it is already on the timeline.
/// </summary>
public sealed class FailedDeliveries(ITimelineStore store, TimeProvider clock)
{
    public const string ReasonCode = "poison";

    public async Task RecordAsync(IngestRequest request, string reason, CancellationToken cancellationToken)
    {
        if (!ArticleLocation.TryParse(request.BlobName, out var location, out _))
        {
            return;
        }

        // The story the blob's deliveries go to (a move, its folder, or its earlier automatic placement).
        var storyId = StoryPlacement.Known(location!, await store.GetAssignmentAsync(request.BlobName, cancellationToken))?.StoryId ?? StoryId.Unsorted;
        if (await store.GetArticleAsync(storyId, location!.ArticleId, cancellationToken) is not null)
        {
            return;
        }

        await store.SaveArticleAsync(
            new ArticleRecord
            {
                StoryId = storyId,
                ArticleId = location.ArticleId,
                BlobName = request.BlobName,
                ContentHash = ContentFingerprint.Compute(request.Content.Span, request.Metadata),
                Status = ArticleStatus.Failed,
                ReasonCode = ReasonCode,
                Reason = reason,
                ProcessedAt = clock.GetUtcNow(),
                BlobLastModified = request.LastModified,
            },
            [],
            [],
            cancellationToken);
    }
}
