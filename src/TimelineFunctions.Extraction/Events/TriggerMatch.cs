namespace TimelineFunctions.Extraction.Events;

/// <summary>A trigger found in a clause: what kind of event it names and where.</summary>
public sealed record TriggerMatch(EventKind Kind, int Start, int Length);
