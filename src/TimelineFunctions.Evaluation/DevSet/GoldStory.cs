namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A gold timeline (<c>gold/&lt;story&gt;.json</c>), as documented in the dev corpus README.</summary>
public sealed record GoldStory(
    string Story,
    string? Title,
    IReadOnlyList<string> Articles,
    IReadOnlyList<GoldEvent> Events,
    IReadOnlyList<GoldActor> Actors,
    IReadOnlyList<GoldUndated> Undated,
    IReadOnlyList<string> NonEvents);
