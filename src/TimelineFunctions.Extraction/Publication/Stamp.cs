namespace TimelineFunctions.Extraction.Publication;

/// <summary>A publication stamp: its date, its kind, its label ("" when unlabelled) and how many characters of the line it spans.</summary>
public sealed record Stamp(DateMatch Date, StampKind Kind, string Label, int Length);
