namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>The article's story text after furniture removal, and the audit of what was removed.</summary>
public sealed record CleanedArticle(string Text, string? Headline, IReadOnlyList<RemovedFurniture> Removed);
