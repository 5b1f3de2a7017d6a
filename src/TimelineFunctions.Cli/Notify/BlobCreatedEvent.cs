using System.Text.Json.Nodes;

namespace TimelineFunctions.Cli.Notify;

/// <summary>
/// One Microsoft.Storage.BlobCreated notification in the Event Grid schema, as a storage account's system topic
/// sends it to the blob extension's webhook: a one-item array whose data.url names the blob.
/// </summary>
internal static class BlobCreatedEvent
{
    public static string Json(Uri blobUri, string eTag, long size, string? contentType, DateTimeOffset now)
    {
        var segments = blobUri.AbsolutePath.TrimStart('/').Split('/', 3);
        var (account, container, blob) = segments.Length == 3 && blobUri.IsLoopback
            ? (segments[0], segments[1], segments[2])
            : (blobUri.Host.Split('.')[0], segments[0], string.Join('/', segments.Skip(1)));
        var notification = new JsonObject
        {
            ["topic"] = $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/{account}",
            ["subject"] = $"/blobServices/default/containers/{container}/blobs/{blob}",
            ["eventType"] = "Microsoft.Storage.BlobCreated",
            ["id"] = Guid.NewGuid().ToString(),
            ["data"] = new JsonObject
            {
                ["api"] = "PutBlob",
                ["eTag"] = eTag,
                ["contentType"] = contentType ?? "application/octet-stream",
                ["contentLength"] = size,
                ["blobType"] = "BlockBlob",
                ["url"] = blobUri.ToString(),
                ["sequencer"] = new string('0', 64),
            },
            ["dataVersion"] = "",
            ["metadataVersion"] = "1",
            ["eventTime"] = now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        return new JsonArray(notification).ToJsonString();
    }
}
