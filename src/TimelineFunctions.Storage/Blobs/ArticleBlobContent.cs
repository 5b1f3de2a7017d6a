namespace TimelineFunctions.Storage.Blobs;

/// <summary>A downloaded article blob version.</summary>
public sealed record ArticleBlobContent(ArticleBlobVersion Version, Uri Uri, byte[] Content);
