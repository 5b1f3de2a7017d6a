namespace TimelineFunctions.Extraction.Actors;

/// <summary>The actors of an article and every place they are named.</summary>
public sealed record ActorAnalysis(IReadOnlyList<Actor> Actors, IReadOnlyList<ActorMention> Mentions)
{
    public static ActorAnalysis Empty { get; } = new([], []);
}
