using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>What JSON-LD blocks say about the article.</summary>
public sealed record JsonLdFacts(string? Headline, string? Publisher, string? Url, IReadOnlyList<PublicationDate> Dates);
