namespace TimelineFunctions.Extraction.Publication;

/// <summary>A candidate or chosen publication date (the document creation time, DCT) with its evidence.</summary>
/// <remarks>
/// <see cref="IsUpdate"/> marks a date that says when the article was updated or modified, not first published.
/// </remarks>
public sealed record PublicationDate(
    DateOnly Date,
    PublicationDateSource Source,
    string Evidence,
    double Confidence,
    bool IsUpdate = false);
