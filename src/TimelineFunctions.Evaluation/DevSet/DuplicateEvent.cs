namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A system event as the report lists it.</summary>
public sealed record DuplicateEvent(string? Date, string Type, IReadOnlyList<string> Articles, string Quote);
