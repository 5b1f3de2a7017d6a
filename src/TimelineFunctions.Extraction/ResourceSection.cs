namespace TimelineFunctions.Extraction;

/// <summary>One titled section of a rule data file: "[name] reason" followed by one entry a line.</summary>
public sealed record ResourceSection(string Name, string Reason, IReadOnlyList<string> Entries);
