namespace TimelineFunctions.Extraction.Publication;

/// <summary>The article's publication date (null when none can be found: never the upload time) and its blocks.</summary>
public sealed record PublicationDating(
    PublicationDate? Date,
    IReadOnlyList<PublicationDate> Candidates,
    IReadOnlyList<DatedBlock> Blocks)
{
    public static PublicationDating None { get; } = new(null, [], []);
}
