using System.Net.Http.Headers;
using System.Text;
using Azure;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Storage;
using TimelineFunctions.Storage.Blobs;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Cli.Notify;

/// <summary>Where the notifier posts: the host's blob webhook (BlobCreated) and the app's ArticleBlobDeleted function.</summary>
internal sealed record NotifierEndpoints(Func<Uri> BlobCreated, Func<Uri> BlobDeleted);

/// <summary>
/// Stands in for Event Grid locally: lists the articles container and posts one BlobCreated notification per new
/// blob version to the Functions host's blob webhook, and one BlobDeleted notification per blob it has a receipt
/// for that is gone.
/// </summary>
/// <remarks>
/// Receipts (a table row per blob) make each version notified once, across restarts; the host does the retries and
/// the poison queue. A blob whose name cannot be an article's is recorded under the rejected blobs here (its
/// address would name another blob), and a notification the host refuses <see cref="MaxAttempts"/> times is given
/// up, so no blob can stall the others.
/// </remarks>
internal sealed class BlobEventNotifier(StorageClients storage, HttpClient http, NotifierEndpoints endpoints, UnusableBlobNames unusableNames, TextWriter log)
{
    public const int MaxAttempts = 5;

    /// <summary>The ETag a receipt holds while the deletion of its blob is being notified.</summary>
    private const string DeletedETag = "(deleted)";

    private readonly ArticleBlobs _blobs = new(storage);
    private readonly ResilientListing _listing = new(storage.ArticlesContainer);
    private readonly TriggerReceipts _receipts = new(storage);

    /// <summary>The unlistable folders already reported, so each is said once, not at every look.</summary>
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>Notifies every blob version that has no receipt yet, and every deletion; returns how many were notified.</summary>
    public async Task<int> NotifyNewVersionsAsync(CancellationToken cancellationToken)
    {
        await _blobs.EnsureContainerAsync(cancellationToken);
        var known = await _receipts.LoadAllAsync(cancellationToken);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var notified = 0;
        var blobs = await _listing.ListAsync(cancellationToken);
        foreach (var folder in _listing.Unlistable.Where(f => !_reported.Contains(f)))
        {
            await RecordUnlistableAsync(folder, cancellationToken);
        }

        _reported.IntersectWith(_listing.Unlistable);

        foreach (var blob in blobs)
        {
            listed.Add(blob.Name);
            var receipt = known.GetValueOrDefault(blob.Name);
            var sameVersion = receipt is not null && receipt.ETag == blob.ETag;
            if (sameVersion && receipt!.Status != ReceiptStatus.Failed)
            {
                continue;
            }

            var attempt = (sameVersion ? receipt!.Attempts : 0) + 1;
            notified += await NotifyAsync(blob.Name, blob.ETag, attempt, ct => NotifyCreatedAsync(blob, ct), cancellationToken) ? 1 : 0;
        }

        // A blob in a folder that could not be listed is not gone: only blobs the listing could see are checked.
        foreach (var receipt in known.Values.Where(r => !listed.Contains(r.BlobName) && !_listing.Unlistable.Any(f => InFolder(r.BlobName, f))))
        {
            if (receipt.ETag == DeletedETag && receipt.Status == ReceiptStatus.Poison)
            {
                continue;
            }

            var attempt = (receipt.ETag == DeletedETag ? receipt.Attempts : 0) + 1;
            notified += await NotifyAsync(receipt.BlobName, DeletedETag, attempt, ct => PostDeletedAsync(receipt.BlobName, ct), cancellationToken) ? 1 : 0;
        }

        return notified;
    }

    /// <summary>
    /// Sends one notification and keeps its receipt (a deletion's receipt goes once it is delivered). Any failure
    /// for this one blob, storage's included, is logged and retried at the next look, never thrown: the others go on.
    /// </summary>
    private async Task<bool> NotifyAsync(string blobName, string eTag, int attempt, Func<CancellationToken, Task<string?>> send, CancellationToken cancellationToken)
    {
        try
        {
            var error = await send(cancellationToken);
            var status = error is null ? ReceiptStatus.Done : attempt >= MaxAttempts ? ReceiptStatus.Poison : ReceiptStatus.Failed;
            if (error is null && eTag == DeletedETag)
            {
                await _receipts.DeleteAsync(blobName, cancellationToken);
            }
            else
            {
                await _receipts.SaveAsync(new TriggerReceipt(blobName, eTag, status, attempt, error, DateTimeOffset.UtcNow), cancellationToken);
            }

            if (error is not null)
            {
                await log.WriteLineAsync($"notify: {StoryId.Printable(blobName)}: {error}{(status == ReceiptStatus.Poison ? " (given up)" : "")}");
            }

            return error is null;
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or UriFormatException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            await log.WriteLineAsync($"notify: {StoryId.Printable(blobName)}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            return false;
        }
    }

    /// <summary>Whether the blob is in the folder; when the root cannot be listed, nothing could be, so every blob counts as in it.</summary>
    private static bool InFolder(string blobName, string folder) =>
        folder.Length == 0 || blobName.StartsWith(folder, StringComparison.Ordinal);

    /// <summary>A folder the storage service cannot list: said in the log and under the rejected blobs, with what to do.</summary>
    private async Task RecordUnlistableAsync(string folder, CancellationToken cancellationToken)
    {
        var where = folder.Length == 0 ? "the container's root" : $"folder '{StoryId.Printable(folder)}'";
        var reason = $"The storage service cannot list {where}: a blob there has a name with a control character that its listing cannot carry. Delete or rename that blob; until then the blobs of {where} are not notified.";
        await log.WriteLineAsync($"notify: {reason}");
        try
        {
            await unusableNames.RecordUnlistableAsync(folder.Length == 0 ? "/" : folder, reason, cancellationToken);
            _reported.Add(folder);
        }
        catch (RequestFailedException ex)
        {
            await log.WriteLineAsync($"notify: could not record it: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Null when the new version was notified, or recorded as unusable; otherwise what went wrong.</summary>
    private async Task<string?> NotifyCreatedAsync(ArticleBlobVersion blob, CancellationToken cancellationToken)
    {
        if (await unusableNames.RecordIfUnusableAsync(blob.Name, cancellationToken))
        {
            await log.WriteLineAsync($"notify: {StoryId.Printable(blob.Name)}: its name cannot be an article's; listed under the rejected blobs");
            return null;
        }

        var uri = storage.ArticlesContainer.GetBlobClient(blob.Name).Uri;
        return await PostAsync(endpoints.BlobCreated(), StorageBlobEvent.Created(uri, blob.ETag, blob.Size, blob.ContentType, DateTimeOffset.UtcNow), cancellationToken);
    }

    private Task<string?> PostDeletedAsync(string blobName, CancellationToken cancellationToken)
    {
        if (ArticleLocation.UnusableName(blobName) is not null)
        {
            return Task.FromResult<string?>(null); // it never became an article
        }

        var container = storage.ArticlesContainer;
        var json = StorageBlobEvent.Deleted(container.AccountName, container.Name, blobName, container.GetBlobClient(blobName).Uri, DateTimeOffset.UtcNow);
        return PostAsync(endpoints.BlobDeleted(), json, cancellationToken);
    }

    /// <summary>Null when the host accepted the notification; otherwise what went wrong.</summary>
    private async Task<string?> PostAsync(Uri endpoint, string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
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
