using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Application.Ingest;

/// <summary>
/// Ingests one delivery of an article blob. Idempotent: a version already ingested is not analysed again, and
/// every write is keyed by (story, article, content fingerprint), so duplicate or concurrent deliveries of the
/// same version write the same rows. Bad input is recorded with its reason and never thrown to the caller;
/// exceptions that escape are transient (storage unavailable) and worth a retry.
/// </summary>
public sealed class IngestService(ITimelineStore store, ArticleAnalyzer analyzer, TimeProvider clock, ILogger<IngestService> logger)
{
    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        if (!ArticleLocation.TryParse(request.BlobName, out var location, out var problem))
        {
            await store.RecordRejectedBlobAsync(new RejectedBlob(request.BlobName, "invalid-story-id", problem!, clock.GetUtcNow()), cancellationToken);
            logger.LogWarning("Rejected blob {BlobName}: {Reason}", request.BlobName, problem);
            return new IngestResult(IngestOutcome.Rejected, null, null, 0, problem!);
        }

        var (storyId, articleId) = (location!.StoryId, location.ArticleId);
        var fingerprint = ContentFingerprint.Compute(request.Content.Span, request.Metadata);
        var existing = await store.GetArticleAsync(storyId, articleId, cancellationToken);
        if (existing is not null && existing.ContentHash == fingerprint && existing.Status is not ArticleStatus.Failed)
        {
            return new IngestResult(IngestOutcome.Unchanged, storyId, articleId, existing.EventCount, $"{request.BlobName}: this version was already ingested.");
        }

        if (existing?.BlobLastModified is { } stored && request.LastModified is { } incoming && stored > incoming)
        {
            return new IngestResult(IngestOutcome.Superseded, storyId, articleId, existing.EventCount, $"{request.BlobName}: a newer version (modified {stored:O}) was already ingested.");
        }

        var baseRecord = new ArticleRecord
        {
            StoryId = storyId,
            ArticleId = articleId,
            BlobName = request.BlobName,
            ContentHash = fingerprint,
            Status = ArticleStatus.Processed,
            ProcessedAt = clock.GetUtcNow(),
            BlobLastModified = request.LastModified,
        };

        ArticleAnalysis analysis;
        try
        {
            analysis = analyzer.Analyze(new ArticleInput(request.BlobName, request.Content, request.ContentType, request.Metadata));
        }
        catch (UnreadableArticleException ex)
        {
            await store.SaveArticleAsync(baseRecord with { Status = ArticleStatus.Rejected, ReasonCode = ex.Code, Reason = ex.Message }, [], [], cancellationToken);
            logger.LogWarning("Rejected article {StoryId}/{ArticleId} ({Code}): {Reason}", storyId, articleId, ex.Code, ex.Message);
            return new IngestResult(IngestOutcome.Rejected, storyId, articleId, 0, $"{request.BlobName}: {ex.Message}");
        }

        var events = ContributionMapper.Events(storyId, articleId, fingerprint, analysis);
        var actors = ContributionMapper.Actors(storyId, articleId, fingerprint, analysis);
        var record = baseRecord with
        {
            Title = analysis.Cleaned.Headline ?? analysis.Raw.Title,
            Outlet = analysis.Raw.Outlet,
            Url = analysis.Raw.Url,
            Format = analysis.Raw.Format.ToString().ToLowerInvariant(),
            Published = analysis.Publication.Date is { } date
                ? new PublishedInfo(date.Date, date.Source.ToString(), date.Evidence, date.Confidence)
                : null,
            EventCount = events.Count,
            ActorCount = actors.Count,
            CleanedText = analysis.Cleaned.Text,
            RemovedFurniture = analysis.Cleaned.Removed,
        };

        await store.SaveArticleAsync(record, events, actors, cancellationToken);
        logger.LogInformation("Ingested {StoryId}/{ArticleId}: {EventCount} events, {ActorCount} actors", storyId, articleId, events.Count, actors.Count);
        return new IngestResult(IngestOutcome.Processed, storyId, articleId, events.Count, $"{request.BlobName}: {events.Count} events, {actors.Count} actors.");
    }
}
