using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Application.Ingest;

/// <summary>Ingests one delivery of an article blob.</summary>
/// <remarks>
/// Idempotent: a version already ingested is not analysed again, and every write is keyed by (story, article,
/// content fingerprint), so duplicate or concurrent deliveries of the same version write the same rows. The story
/// comes from <see cref="StoryPlacement"/> (a move, the blob's folder, or automatic assignment for a blob at the
/// container's root). Bad input is recorded with its reason and never thrown to the caller; exceptions that escape
/// are transient (storage unavailable) and worth a retry.
/// </remarks>
public sealed class IngestService
{
    private readonly IArticleStore _articleStore;
    private readonly IBlobAssignmentStore _assignmentStore;
    private readonly IStoryProfileStore _profileStore;
    private readonly IRejectedBlobStore _rejectedBlobStore;
    private readonly ArticleAnalyzer _analyzer;
    private readonly TimeProvider _clock;
    private readonly ILogger<IngestService> _logger;
    private readonly StoryPlacement _placement;
    private readonly StoryProfiles _profiles;
    private readonly ArticleMover _mover;
    private readonly StoryReconciler _reconciler;

    public IngestService(
        IArticleStore articleStore,
        IBlobAssignmentStore assignmentStore,
        IStoryProfileStore profileStore,
        IStoryReader storyReader,
        IRejectedBlobStore rejectedBlobStore,
        ArticleAnalyzer analyzer,
        TimeProvider clock,
        ILogger<IngestService> logger,
        StoryAssignmentOptions? assignment = null)
    {
        (_articleStore, _assignmentStore, _profileStore, _rejectedBlobStore) = (articleStore, assignmentStore, profileStore, rejectedBlobStore);
        (_analyzer, _clock, _logger) = (analyzer, clock, logger);
        var assigner = new StoryAssigner(assignment ?? new StoryAssignmentOptions(), ProfileVocabulary.Default);
        _placement = new StoryPlacement(profileStore, assignmentStore, assigner);
        _profiles = new StoryProfiles(profileStore);
        var redirects = new StoryRedirects(profileStore);
        _mover = new ArticleMover(articleStore, assignmentStore, _profiles, redirects, logger);
        _reconciler = new StoryReconciler(profileStore, storyReader, assigner, _mover, redirects, clock);
    }

    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        if (!ArticleLocation.TryParse(request.BlobName, out var location, out var problem))
        {
            await _rejectedBlobStore.RecordRejectedBlobAsync(new RejectedBlob(request.BlobName, ArticleLocation.ProblemCode(request.BlobName), problem!, _clock.GetUtcNow()), cancellationToken);
            _logger.LogWarning("Rejected blob {BlobName}: {Reason}", request.BlobName, problem);
            return new IngestResult(IngestOutcome.Rejected, null, null, 0, problem!);
        }

        var fingerprint = request.OversizeLength is { } oversize
            ? ContentFingerprint.Compute(System.Text.Encoding.UTF8.GetBytes($"oversize:{oversize}:{request.LastModified:O}"), request.Metadata)
            : ContentFingerprint.Compute(request.Content.Span, request.Metadata);
        var placement = StoryPlacement.Known(location!, await _assignmentStore.GetAssignmentAsync(request.BlobName, cancellationToken));
        Analysis? analysis = null;
        if (placement is null)
        {
            // A root blob seen for the first time: its story follows from what it is about.
            analysis = Analyze(request, cancellationToken);
            placement = analysis.Result is { } read
                ? await _placement.PlaceAsync(request.BlobName, ArticleProfile.Terms(read, ProfileVocabulary.Default), StoryTitle.For(read), cancellationToken)
                : StoryPlacement.Unreadable();
        }

        var (storyId, articleId) = (placement.StoryId, location!.ArticleId);
        var existing = await _articleStore.GetArticleAsync(storyId, articleId, cancellationToken);
        if (existing is not null && existing.ContentHash == fingerprint && existing.Status is not ArticleStatus.Failed)
        {
            await FinishMoveAsync(placement, articleId, request.BlobName, cancellationToken);
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
            ProcessedAt = _clock.GetUtcNow(),
            BlobLastModified = request.LastModified,
            Assignment = placement.Assignment,
        };

        analysis ??= Analyze(request, cancellationToken);
        if (analysis.Result is not { } result)
        {
            var ex = analysis.Problem!;
            await SaveAsync(baseRecord with { Status = ArticleStatus.Rejected, ReasonCode = ex.Code, Reason = ex.Message }, [], [], cancellationToken);
            await FinishMoveAsync(placement, articleId, request.BlobName, cancellationToken);
            _logger.LogWarning("Rejected article {StoryId}/{ArticleId} ({Code}): {Reason}", storyId, articleId, ex.Code, ex.Message);
            return new IngestResult(IngestOutcome.Rejected, storyId, articleId, 0, $"{request.BlobName}: {ex.Message}");
        }

        var events = ContributionMapper.Events(storyId, articleId, fingerprint, result);
        var actors = ContributionMapper.Actors(storyId, articleId, fingerprint, result);
        var record = baseRecord with
        {
            Title = result.Cleaned.Headline ?? result.Raw.Title,
            Outlet = result.Raw.Outlet,
            Url = result.Raw.Url,
            Format = result.Raw.Format.ToString().ToLowerInvariant(),
            Published = result.Publication.Date is { } date
                ? new PublishedInfo(date.Date, date.Source.ToString(), date.Evidence, date.Confidence)
                : null,
            EventCount = events.Count,
            ActorCount = actors.Count,
            CleanedText = result.Cleaned.Text,
            RemovedFurniture = result.Cleaned.Removed,
            ProfileTerms = ArticleProfile.Terms(result, ProfileVocabulary.Default),
        };

        if (placement.StartsStory)
        {
            // Marked generated before the article's terms make it a candidate, so a concurrent reconciler sees the mark.
            await _profileStore.UpdateProfileAsync(storyId, p => p with { Title = p.Title ?? StoryTitle.For(result), Generated = true }, cancellationToken);
        }

        // Nothing is written once the ingest is cancelled (the host's timeout or shutdown); the host delivers again.
        cancellationToken.ThrowIfCancellationRequested();
        var profile = await SaveAsync(record, events, actors, cancellationToken);
        await FinishMoveAsync(placement, articleId, request.BlobName, cancellationToken);
        storyId = placement.Assignment.Method == StoryAssignmentMethods.Automatic && _reconciler.Applies(profile)
            ? await _reconciler.ReconcileAsync(storyId, record.ProfileTerms, placement.StartsStory, cancellationToken)
            : await _reconciler.FollowRedirectAsync(storyId, record, profile, cancellationToken);

        _logger.LogInformation("Ingested {StoryId}/{ArticleId} ({Method}): {EventCount} events, {ActorCount} actors", storyId, articleId, placement.Assignment.Method, events.Count, actors.Count);
        foreach (var limit in result.LimitNotes)
        {
            _logger.LogWarning("Article {StoryId}/{ArticleId} hit a per-article limit: {Reason}", storyId, articleId, limit.Reason);
        }

        var limits = result.LimitNotes.Count == 0 ? "" : $" Limits hit: {string.Join("; ", result.LimitNotes.Select(n => n.Reason))}.";
        return new IngestResult(IngestOutcome.Processed, storyId, articleId, events.Count, $"{request.BlobName}: {events.Count} events, {actors.Count} actors.{limits}");
    }

    /// <summary>Saves the article and, when it switched, updates the story's profile; returns that profile.</summary>
    private async Task<StoryProfile?> SaveAsync(ArticleRecord record, IReadOnlyList<Timeline.EventContribution> events, IReadOnlyList<Timeline.ActorContribution> actors, CancellationToken cancellationToken)
    {
        var saved = await _articleStore.SaveArticleAsync(record, events, actors, cancellationToken);
        return saved.Switched ? await _profiles.ApplyAsync(record.StoryId, saved.Replaced, record, cancellationToken) : null;
    }

    /// <summary>After a move, a delivery takes the article out of the story it was moved from if a crash left it there.</summary>
    private Task FinishMoveAsync(Placement placement, string articleId, string blobName, CancellationToken cancellationToken) =>
        placement.MovedFrom is { } from && from != placement.StoryId
            ? _mover.FinishAsync(from, articleId, blobName, cancellationToken)
            : Task.CompletedTask;

    private Analysis Analyze(IngestRequest request, CancellationToken cancellationToken)
    {
        if (request.OversizeLength is { } length)
        {
            return new Analysis(null, new UnreadableArticleException("too-large", $"\"{request.BlobName}\" is {length:N0} bytes; articles may be at most {ArticleReader.MaxBytes:N0} bytes (5 MiB). It was not read."));
        }

        try
        {
            return new Analysis(_analyzer.Analyze(new ArticleInput(request.BlobName, request.Content, request.ContentType, request.Metadata), cancellationToken: cancellationToken), null);
        }
        catch (UnreadableArticleException ex)
        {
            return new Analysis(null, ex);
        }
    }

    private sealed record Analysis(ArticleAnalysis? Result, UnreadableArticleException? Problem);
}
