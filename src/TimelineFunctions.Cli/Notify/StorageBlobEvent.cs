using System.Globalization;
using System.Text.Json.Nodes;

namespace TimelineFunctions.Cli.Notify;

/// <summary>
/// Microsoft.Storage blob notifications in the Event Grid schema, as a storage account's system topic sends them: a
/// one-item array whose subject names the container and blob.
/// </summary>
/// <remarks>
/// BlobCreated goes to the blob extension's webhook, BlobDeleted to the app's ArticleBlobDeleted function.
/// </remarks>
internal static class StorageBlobEvent
{
    public static string Created(Uri blobUri, string eTag, long size, string? contentType, DateTimeOffset now)
    {
        var segments = blobUri.AbsolutePath.TrimStart('/').Split('/', 3);
        var (account, container, blob) = segments.Length == 3 && blobUri.IsLoopback
            ? (segments[0], segments[1], segments[2])
            : (blobUri.Host.Split('.')[0], segments[0], string.Join('/', segments.Skip(1)));
        return Json(account, container, blob, "Microsoft.Storage.BlobCreated", now, new JsonObject
        {
            ["api"] = "PutBlob",
            ["eTag"] = eTag,
            ["contentType"] = contentType ?? "application/octet-stream",
            ["contentLength"] = size,
            ["blobType"] = "BlockBlob",
            ["url"] = blobUri.ToString(),
            ["sequencer"] = new string('0', 64),
        });
    }

    public static string Deleted(string account, string container, string blobName, Uri blobUri, DateTimeOffset now) =>
        Json(account, container, blobName, "Microsoft.Storage.BlobDeleted", now, new JsonObject
        {
            ["api"] = "DeleteBlob",
            ["contentType"] = "application/octet-stream",
            ["blobType"] = "BlockBlob",
            ["url"] = blobUri.ToString(),
            ["sequencer"] = new string('0', 64),
        });

    private static string Json(string account, string container, string blob, string eventType, DateTimeOffset now, JsonObject data)
    {
        var notification = new JsonObject
        {
            ["topic"] = $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/{account}",
            ["subject"] = $"/blobServices/default/containers/{container}/blobs/{blob}",
            ["eventType"] = eventType,
            ["id"] = Guid.NewGuid().ToString(),
            ["data"] = data,
            ["dataVersion"] = "",
            ["metadataVersion"] = "1",
            ["eventTime"] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
        return new JsonArray(notification).ToJsonString();
    }
}
