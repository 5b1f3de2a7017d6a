namespace TimelineFunctions.Extraction.Actors;

/// <summary>A name found by a rule, before mentions of one entity are merged into an actor.</summary>
public sealed record RawMention(int Start, int Length, string Surface, string Name, ActorType Type, string Rule)
{
    public string? Role { get; init; }

    public int End => Start + Length;
}
