namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>A name right after a vessel noun ("cargo ship Dali", "the vessel Ever Given") is an object.</summary>
public sealed class VesselRule : IActorRule
{
    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        for (var length = 2; length >= 1; length--)
        {
            var start = span.First - length;
            if (start >= 0 && lexicon.VesselNouns.MatchAt(span.Tokens, start, span.First) == length)
            {
                return [span.Mention(span.Surface, ActorType.Object, "vessel")];
            }
        }

        return null;
    }
}
