using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>What the HTML reader got out of a saved page.</summary>
public sealed record HtmlExtraction(
    string Body,
    string? Title,
    string? Url,
    string? Outlet,
    IReadOnlyList<PublicationDate> Dates,
    IReadOnlyList<RemovedFurniture> Dropped);
