namespace TimelineFunctions.Application.Ingest;

/// <summary>One delivery of an article blob: its name inside the articles container, bytes and properties.</summary>
public sealed record IngestRequest(
    string BlobName,
    ReadOnlyMemory<byte> Content,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset? LastModified);
