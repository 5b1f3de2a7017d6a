namespace TimelineFunctions.Extraction.Publication;

/// <summary>Where a publication date was found, most trustworthy kinds first.</summary>
public enum PublicationDateSource
{
    BlobMetadata,
    StructuredField,
    HtmlMeta,
    JsonLd,
    Dateline,
    Stamp,
    CrawlerHeader,
    Url,
    EmbeddedPost,
}

/// <summary>
/// A candidate or chosen publication date (the document creation time, DCT) with its evidence.
/// <see cref="IsUpdate"/> marks a date that says when the article was updated or modified, not first published.
/// </summary>
public sealed record PublicationDate(
    DateOnly Date,
    PublicationDateSource Source,
    string Evidence,
    double Confidence,
    bool IsUpdate = false);

/// <summary>
/// A stretch of the cleaned text whose relative dates resolve against its own stamp, such as the
/// "UPDATED – 05/20/24" blocks of a live page. Offsets are into <see cref="Cleaning.CleanedArticle.Text"/>.
/// </summary>
public sealed record DatedBlock(int Start, int Length, PublicationDate Reference);

/// <summary>The article's publication date (null when none can be found: never the upload time) and its blocks.</summary>
public sealed record PublicationDating(
    PublicationDate? Date,
    IReadOnlyList<PublicationDate> Candidates,
    IReadOnlyList<DatedBlock> Blocks)
{
    public static PublicationDating None { get; } = new(null, [], []);
}
