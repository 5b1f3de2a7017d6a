using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using TimelineFunctions.Storage.Blobs;

namespace TimelineFunctions.Cli.Notify;

/// <summary>
/// Lists the articles container so that one blob the storage service cannot list never hides the others.
/// </summary>
/// <remarks>
/// Azurite fails a whole listing when one name holds a character XML cannot carry (such as U+0007); then the
/// container is listed folder by folder, and a folder that still fails is reported in <see cref="Unlistable"/> (its
/// name, so it can be listed under the rejected blobs) while the other folders go on. The usual case costs one
/// listing.
/// </remarks>
internal sealed class ResilientListing(BlobContainerClient container)
{
    /// <summary>The folders ("story/", or "" for the container's root) the last listing could not read.</summary>
    public IReadOnlyList<string> Unlistable { get; private set; } = [];

    public async Task<IReadOnlyList<ArticleBlobVersion>> ListAsync(CancellationToken cancellationToken)
    {
        Unlistable = [];
        if (await TryListAsync(prefix: null, cancellationToken) is { } all)
        {
            return all;
        }

        var blobs = new List<ArticleBlobVersion>();
        var unlistable = new List<string>();
        var folders = new List<string>();
        try
        {
            await foreach (var item in container.GetBlobsByHierarchyAsync(BlobTraits.Metadata, BlobStates.None, "/", prefix: null, cancellationToken))
            {
                if (item.IsPrefix)
                {
                    folders.Add(item.Prefix);
                }
                else
                {
                    blobs.Add(Version(item.Blob));
                }
            }
        }
        catch (Exception ex) when (IsListingFailure(ex))
        {
            unlistable.Add(""); // a root blob with such a name: the folders cannot be found either
        }

        foreach (var folder in folders)
        {
            if (await TryListAsync(folder, cancellationToken) is { } inFolder)
            {
                blobs.AddRange(inFolder);
            }
            else
            {
                unlistable.Add(folder);
            }
        }

        Unlistable = unlistable;
        return blobs;
    }

    private async Task<List<ArticleBlobVersion>?> TryListAsync(string? prefix, CancellationToken cancellationToken)
    {
        try
        {
            var blobs = new List<ArticleBlobVersion>();
            await foreach (var item in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
            {
                blobs.Add(Version(item));
            }

            return blobs;
        }
        catch (Exception ex) when (IsListingFailure(ex))
        {
            return null;
        }
    }

    /// <summary>The service answered the listing with an error (Azurite: a 500 whose empty body the SDK cannot parse).</summary>
    private static bool IsListingFailure(Exception ex) =>
        ex is RequestFailedException { Status: >= 500 } or System.Xml.XmlException;

    private static ArticleBlobVersion Version(BlobItem item) =>
        new(
            item.Name,
            item.Properties.ETag?.ToString() ?? "",
            item.Properties.LastModified,
            item.Properties.ContentType,
            new Dictionary<string, string>(item.Metadata ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase),
            item.Properties.ContentLength ?? 0);
}
