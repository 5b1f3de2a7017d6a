namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>One piece of page furniture that was removed, with the rule that removed it and why.</summary>
public sealed record RemovedFurniture(string Text, string Rule, string Reason);
