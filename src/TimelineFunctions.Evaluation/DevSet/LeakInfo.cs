namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A leak (<see cref="Leak"/>) as the report lists it.</summary>
public sealed record LeakInfo(string Article, string? Date, string Quote, string Reason);
