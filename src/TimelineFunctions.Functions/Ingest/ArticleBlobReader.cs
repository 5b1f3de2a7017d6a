using Azure;
using Azure.Storage.Blobs;
using TimelineFunctions.Application.Ingest;

namespace TimelineFunctions.Functions.Ingest;

/// <summary>Reads one blob version (properties, metadata and bytes, from a single download) into an <see cref="IngestRequest"/>.</summary>
public sealed class ArticleBlobReader
{
    /// <summary>The request for the blob's current version; null when the blob was deleted since the event.</summary>
    public async Task<IngestRequest?> ReadAsync(BlobClient blob, string name, CancellationToken cancellationToken)
    {
        try
        {
            var download = await blob.DownloadContentAsync(cancellationToken);
            var details = download.Value.Details;
            return new IngestRequest(
                name,
                download.Value.Content.ToMemory(),
                details.ContentType,
                new Dictionary<string, string>(details.Metadata, StringComparer.OrdinalIgnoreCase),
                details.LastModified);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
