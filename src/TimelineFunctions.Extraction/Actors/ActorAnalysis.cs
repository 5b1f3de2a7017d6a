using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>The actors of an article and every place they are named.</summary>
public sealed record ActorAnalysis(IReadOnlyList<Actor> Actors, IReadOnlyList<ActorMention> Mentions)
{
    public static ActorAnalysis Empty { get; } = new([], []);

    /// <summary>The tokens the actors were found in, for later stages on the same text not to tokenize it again.</summary>
    public TextTokens? Tokens { get; init; }
}
