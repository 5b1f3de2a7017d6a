namespace TimelineFunctions.Storage.Blobs;

/// <summary>A blob of the articles container as listed: enough to tell whether this version was seen.</summary>
public sealed record ArticleBlobVersion(string Name, string ETag, DateTimeOffset? LastModified, string? ContentType, IReadOnlyDictionary<string, string> Metadata, long Size);
