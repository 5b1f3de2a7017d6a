using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>When an event happened, with honest granularity, and the expressions in the text that say so.</summary>
public sealed record EventDate(
    string Value,
    Granularity Granularity,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<string> Texts);
