namespace TimelineFunctions.Api.Contract;

// The evidence endpoints' part of the public JSON contract (changes only by adding members).

/// <summary>A piece of page furniture the cleaner removed: the text, the rule that matched, and why.</summary>
public sealed record RemovedFurnitureDto(string Text, string Rule, string Reason);

/// <summary>An article with its cleaned text, the furniture removed from it, and the events it contributed.</summary>
public sealed record ArticleDetailDto(
    ArticleDto Article,
    string? CleanedText,
    IReadOnlyList<RemovedFurnitureDto> RemovedFurniture,
    IReadOnlyList<EventDto> Events);
