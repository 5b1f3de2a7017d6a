namespace TimelineFunctions.Extraction.Reading;

/// <summary>An article as it arrives: the blob's bytes, its name, content type and metadata.</summary>
public sealed record ArticleInput(
    string Name,
    ReadOnlyMemory<byte> Content,
    string? ContentType = null,
    IReadOnlyDictionary<string, string>? Metadata = null)
{
    public IReadOnlyDictionary<string, string> MetadataOrEmpty =>
        Metadata ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
