using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// What a reader got out of the input before cleaning: the body as plain text (paragraphs separated by blank
/// lines), the fields the format names explicitly, and date candidates from structured places (metadata,
/// JSON fields, HTML meta tags, JSON-LD).
/// </summary>
public sealed record RawArticle(
    ArticleFormat Format,
    string Body,
    string? Title,
    string? Url,
    string? Outlet,
    IReadOnlyList<PublicationDate> StructuredDates);
