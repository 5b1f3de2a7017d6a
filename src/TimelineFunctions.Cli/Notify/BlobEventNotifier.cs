using System.Net.Http.Headers;
using System.Text;
using TimelineFunctions.Storage;
using TimelineFunctions.Storage.Blobs;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Cli.Notify;

/// <summary>
/// Stands in for Event Grid locally: lists the articles container and posts one BlobCreated notification per new
/// blob version to the Functions host's blob webhook. Receipts (a table row per blob) make each version notified
/// once, across restarts; the host does the retries and the poison queue. A version whose notification the host
/// refuses <see cref="MaxAttempts"/> times is given up, so no blob can stall the others.
/// </summary>
internal sealed class BlobEventNotifier(StorageClients storage, HttpClient http, Func<Uri> webhook, TextWriter log)
{
    public const int MaxAttempts = 5;

    private readonly ArticleBlobs _blobs = new(storage);
    private readonly TriggerReceipts _receipts = new(storage);

    /// <summary>Notifies every blob version that has no receipt yet; returns how many were notified.</summary>
    public async Task<int> NotifyNewVersionsAsync(CancellationToken cancellationToken)
    {
        await _blobs.EnsureContainerAsync(cancellationToken);
        var known = await _receipts.LoadAllAsync(cancellationToken);
        var notified = 0;
        await foreach (var blob in _blobs.ListAsync(cancellationToken))
        {
            var receipt = known.GetValueOrDefault(blob.Name);
            var sameVersion = receipt is not null && receipt.ETag == blob.ETag;
            if (sameVersion && receipt!.Status != ReceiptStatus.Failed)
            {
                continue;
            }

            var attempt = (sameVersion ? receipt!.Attempts : 0) + 1;
            var error = await PostAsync(blob, cancellationToken);
            var status = error is null ? ReceiptStatus.Done : attempt >= MaxAttempts ? ReceiptStatus.Poison : ReceiptStatus.Failed;
            await _receipts.SaveAsync(new TriggerReceipt(blob.Name, blob.ETag, status, attempt, error, DateTimeOffset.UtcNow), cancellationToken);
            if (error is null)
            {
                notified++;
            }
            else
            {
                await log.WriteLineAsync($"notify: {blob.Name}: {error}{(status == ReceiptStatus.Poison ? " (given up)" : "")}");
            }
        }

        return notified;
    }

    /// <summary>Null when the host accepted the notification; otherwise what went wrong.</summary>
    private async Task<string?> PostAsync(ArticleBlobVersion blob, CancellationToken cancellationToken)
    {
        var uri = storage.ArticlesContainer.GetBlobClient(blob.Name).Uri;
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook())
        {
            Content = new StringContent(BlobCreatedEvent.Json(uri, blob.ETag, blob.Size, blob.ContentType, DateTimeOffset.UtcNow), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("aeg-event-type", "Notification");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"the host answered {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
    }
}
