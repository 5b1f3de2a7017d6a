namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>An actor the gold expects the story to name, with its other names and its role.</summary>
public sealed record GoldActor(string Name, string? Type, IReadOnlyList<string> Aliases, string? Role);
