using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// What a reader got out of the input before cleaning: the body as plain text (paragraphs separated by blank lines),
/// the fields the format names explicitly, and date candidates from structured places (metadata, JSON fields, HTML meta
/// tags, JSON-LD).
/// </summary>
/// <remarks>
/// <see cref="Dropped"/> lists page furniture a reader already left out (HTML navigation, asides, captions…) so the
/// cleaner can report it; <see cref="Notes"/> says what the reader decided (encoding, format, conflicts between
/// metadata and content).
/// </remarks>
public sealed record RawArticle(
    ArticleFormat Format,
    string Body,
    string? Title,
    string? Url,
    string? Outlet,
    IReadOnlyList<PublicationDate> StructuredDates,
    IReadOnlyList<RemovedFurniture>? Dropped = null,
    IReadOnlyList<string>? Notes = null)
{
    public IReadOnlyList<RemovedFurniture> DroppedOrEmpty => Dropped ?? [];

    public IReadOnlyList<string> NotesOrEmpty => Notes ?? [];
}
