using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Handler.Protocol;
using TimelineFunctions.Storage.Blobs;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Handler.LocalTrigger;

/// <summary>
/// Stands in for the Functions host's blob trigger when there is no host: polls the articles container and
/// invokes <c>POST /IngestArticle</c> over HTTP with exactly the envelope the host sends, once for each new or
/// changed blob version. Receipts in a table make that survive restarts; a version that fails
/// <see cref="LocalTriggerOptions.MaxAttempts"/> times is recorded as poison and not retried.
/// </summary>
public sealed class LocalBlobTrigger(
    ArticleBlobs blobs,
    TriggerReceipts receipts,
    ITimelineStore store,
    IHttpClientFactory httpClients,
    IServer server,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    IOptions<LocalTriggerOptions> options,
    ILogger<LocalBlobTrigger> logger) : BackgroundService
{
    private readonly LocalTriggerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitForServerAsync(stoppingToken))
        {
            return;
        }

        var target = new Uri(HandlerBaseUrl(), FunctionNames.IngestArticle);
        logger.LogInformation("Local blob trigger: polling container every {Interval} and invoking {Target}", _options.PollInterval, target);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(target, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Local blob trigger: poll failed ({Error}); trying again", ex.Message);
            }

            await Task.Delay(_options.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Delivers every blob version that has no receipt yet, or that failed fewer than MaxAttempts times.</summary>
    public async Task PollOnceAsync(Uri target, CancellationToken cancellationToken)
    {
        await blobs.EnsureContainerAsync(cancellationToken);
        var known = await receipts.LoadAllAsync(cancellationToken);
        var due = new List<(ArticleBlobVersion Blob, TriggerReceipt? Receipt)>();
        await foreach (var blob in blobs.ListAsync(cancellationToken))
        {
            var receipt = known.GetValueOrDefault(blob.Name);
            var sameVersion = receipt is not null && receipt.ETag == blob.ETag;
            if (!sameVersion || receipt!.Status == ReceiptStatus.Failed)
            {
                due.Add((blob, sameVersion ? receipt : null));
            }
        }

        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxConcurrency), CancellationToken = cancellationToken },
            async (item, ct) => await DeliverAsync(target, item.Blob, item.Receipt, ct));
    }

    private async Task DeliverAsync(Uri target, ArticleBlobVersion blob, TriggerReceipt? receipt, CancellationToken cancellationToken)
    {
        var content = await blobs.DownloadAsync(blob, cancellationToken);
        if (content is null)
        {
            return; // changed or deleted since listing; the next poll sees its new state
        }

        var attempt = (receipt?.Attempts ?? 0) + 1;
        var error = await InvokeAsync(target, content, cancellationToken);
        if (error is null)
        {
            await receipts.SaveAsync(new TriggerReceipt(blob.Name, blob.ETag, ReceiptStatus.Done, attempt, null, clock.GetUtcNow()), cancellationToken);
            return;
        }

        var poison = attempt >= _options.MaxAttempts;
        await receipts.SaveAsync(new TriggerReceipt(blob.Name, blob.ETag, poison ? ReceiptStatus.Poison : ReceiptStatus.Failed, attempt, error, clock.GetUtcNow()), cancellationToken);
        if (poison)
        {
            logger.LogError("Blob {BlobName} failed {Attempts} times and is poison: {Error}", blob.Name, attempt, error);
            await RecordPoisonAsync(content, error, cancellationToken);
        }
        else
        {
            logger.LogWarning("Blob {BlobName} failed (attempt {Attempt} of {MaxAttempts}): {Error}", blob.Name, attempt, _options.MaxAttempts, error);
        }
    }

    /// <summary>Posts the host's envelope; null on success, otherwise what went wrong.</summary>
    private async Task<string?> InvokeAsync(Uri target, ArticleBlobContent content, CancellationToken cancellationToken)
    {
        var invocation = new BlobTriggerInvocation(
            content.Version.Name,
            content.Content,
            content.Uri,
            content.Version.ContentType,
            content.Version.LastModified,
            content.Version.ETag,
            content.Version.Metadata);
        var envelope = invocation.ToEnvelope(FunctionNames.IngestArticle, clock.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        try
        {
            using var response = await httpClients.CreateClient(nameof(LocalBlobTrigger)).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return $"HTTP {(int)response.StatusCode}: {(body.Length > 500 ? body[..500] : body)}";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Makes a poison version visible in the story's article list, unless an earlier version is on the timeline.</summary>
    private async Task RecordPoisonAsync(ArticleBlobContent content, string error, CancellationToken cancellationToken)
    {
        if (!ArticleLocation.TryParse(content.Version.Name, out var location, out _))
        {
            return;
        }

        // The story the blob's deliveries go to (a move, its folder, or its earlier automatic placement).
        var storyId = StoryPlacement.Known(location!, await store.GetAssignmentAsync(content.Version.Name, cancellationToken))?.StoryId ?? StoryId.Unsorted;
        if (await store.GetArticleAsync(storyId, location!.ArticleId, cancellationToken) is not null)
        {
            return;
        }

        await store.SaveArticleAsync(
            new ArticleRecord
            {
                StoryId = storyId,
                ArticleId = location.ArticleId,
                BlobName = content.Version.Name,
                ContentHash = ContentFingerprint.Compute(content.Content, content.Version.Metadata),
                Status = ArticleStatus.Failed,
                ReasonCode = "poison",
                Reason = $"Processing failed {_options.MaxAttempts} times; last error: {error}",
                ProcessedAt = clock.GetUtcNow(),
                BlobLastModified = content.Version.LastModified,
            },
            [],
            [],
            cancellationToken);
    }

    private async Task<bool> WaitForServerAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        using var stopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private Uri HandlerBaseUrl()
    {
        if (_options.HandlerUrl is { } configured)
        {
            return configured;
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The handler has no listening address; set LocalTrigger:HandlerUrl.");
        return new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }
}
