namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>One piece of page furniture that was removed, with the rule that removed it and why.</summary>
public sealed record RemovedFurniture(string Text, string Rule, string Reason);

/// <summary>The article's story text after furniture removal, and the audit of what was removed.</summary>
public sealed record CleanedArticle(string Text, string? Headline, IReadOnlyList<RemovedFurniture> Removed);
