namespace TimelineFunctions.Application.Ingest;

/// <summary>One delivery of an article blob: its name inside the articles container, bytes and properties.</summary>
public sealed record IngestRequest(
    string BlobName,
    ReadOnlyMemory<byte> Content,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset? LastModified)
{
    /// <summary>
    /// Set when the blob is larger than an article may be (<c>ArticleReader.MaxBytes</c>): its length, from its
    /// properties or counted while streaming, and <see cref="Content"/> is empty because the body was not read.
    /// </summary>
    public long? OversizeLength { get; init; }
}
