using Azure;
using Azure.Storage.Blobs.Models;

namespace TimelineFunctions.Storage.Blobs;

/// <summary>Lists, reads and writes the articles container (Azure.Storage.Blobs).</summary>
public sealed class ArticleBlobs(StorageClients clients)
{
    public async Task EnsureContainerAsync(CancellationToken cancellationToken) =>
        await clients.ArticlesContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    public async IAsyncEnumerable<ArticleBlobVersion> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in clients.ArticlesContainer.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix: null, cancellationToken))
        {
            yield return new ArticleBlobVersion(
                item.Name,
                item.Properties.ETag?.ToString() ?? "",
                item.Properties.LastModified,
                item.Properties.ContentType,
                new Dictionary<string, string>(item.Metadata, StringComparer.OrdinalIgnoreCase),
                item.Properties.ContentLength ?? 0);
        }
    }

    /// <summary>Downloads exactly the listed version; null when the blob changed or vanished since (the next poll sees the new state).</summary>
    public async Task<ArticleBlobContent?> DownloadAsync(ArticleBlobVersion version, CancellationToken cancellationToken)
    {
        var blob = clients.ArticlesContainer.GetBlobClient(version.Name);
        try
        {
            var result = await blob.DownloadContentAsync(
                new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = new ETag(version.ETag) } },
                cancellationToken);
            return new ArticleBlobContent(version, blob.Uri, result.Value.Content.ToArray());
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task UploadAsync(string name, Stream content, string? contentType, IDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = metadata,
        };
        await clients.ArticlesContainer.GetBlobClient(name).UploadAsync(content, options, cancellationToken);
    }
}
