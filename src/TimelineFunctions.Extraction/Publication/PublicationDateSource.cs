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
