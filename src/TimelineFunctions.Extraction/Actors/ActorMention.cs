namespace TimelineFunctions.Extraction.Actors;

/// <summary>Where an actor is named in the cleaned text.</summary>
public sealed record ActorMention(int Start, int Length, string ActorId);

/// <summary>A name found by a rule, before mentions of one entity are merged into an actor.</summary>
public sealed record RawMention(int Start, int Length, string Surface, string Name, ActorType Type, string Rule)
{
    public string? Role { get; init; }

    public int End => Start + Length;
}

/// <summary>The actors of an article and every place they are named.</summary>
public sealed record ActorAnalysis(IReadOnlyList<Actor> Actors, IReadOnlyList<ActorMention> Mentions)
{
    public static ActorAnalysis Empty { get; } = new([], []);
}
