using System.Text.Json.Nodes;

namespace TimelineFunctions.Cli.Notify;

/// <summary>
/// One Microsoft.Storage.BlobDeleted notification in the Event Grid schema, as the storage account's system topic
/// sends it to the app's ArticleBlobDeleted function: a one-item array whose subject names the container and blob.
/// </summary>
internal static class BlobDeletedEvent
{
    public static string Json(string account, string container, string blobName, Uri blobUri, DateTimeOffset now)
    {
        var notification = new JsonObject
        {
            ["topic"] = $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/{account}",
            ["subject"] = $"/blobServices/default/containers/{container}/blobs/{blobName}",
            ["eventType"] = "Microsoft.Storage.BlobDeleted",
            ["id"] = Guid.NewGuid().ToString(),
            ["data"] = new JsonObject
            {
                ["api"] = "DeleteBlob",
                ["contentType"] = "application/octet-stream",
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
