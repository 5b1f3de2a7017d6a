using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Functions.Ingest;

/// <summary>
/// Reads one blob version (properties, metadata and bytes, from a single streaming download) into an
/// <see cref="IngestRequest"/>.
/// </summary>
/// <remarks>
/// The 5 MiB cap (<see cref="ArticleReader.MaxBytes"/>) holds before anything is decoded or even buffered: a blob
/// whose properties say it is larger is not read at all, and a body that turns out larger while streaming is
/// abandoned at the cap; either way the request carries its length and no content.
/// </remarks>
public sealed class ArticleBlobReader(int maxBytes = ArticleReader.MaxBytes)
{
    /// <summary>The request for the blob's current version; null when the blob was deleted since the event.</summary>
    public async Task<IngestRequest?> ReadAsync(BlobClient blob, string name, CancellationToken cancellationToken)
    {
        try
        {
            var download = await blob.DownloadStreamingAsync(new BlobDownloadOptions(), cancellationToken);
            using var result = download.Value;
            var details = result.Details;
            var request = new IngestRequest(
                name,
                ReadOnlyMemory<byte>.Empty,
                details.ContentType,
                new Dictionary<string, string>(details.Metadata ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase),
                details.LastModified);
            if (details.ContentLength > maxBytes)
            {
                return request with { OversizeLength = details.ContentLength };
            }

            var (content, streamed) = await ReadCappedAsync(result.Content, (int)Math.Max(0, details.ContentLength), cancellationToken);
            return content is null ? request with { OversizeLength = streamed } : request with { Content = content.Value };
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The body, or null (with the bytes counted so far) once it passes the cap.</summary>
    private async Task<(ReadOnlyMemory<byte>? Content, long Streamed)> ReadCappedAsync(Stream body, int declared, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(declared, maxBytes) + 1];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    return (null, length);
                }

                Array.Resize(ref buffer, Math.Min(maxBytes + 1, Math.Max(4096, buffer.Length * 2)));
            }

            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return (buffer.AsMemory(0, length), length);
            }

            length += read;
        }
    }
}
