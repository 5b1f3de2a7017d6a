namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// A lone capitalized word ("Koo", "Kaplan", "Alameda", "Dali") is kept as a candidate: the resolver links it to
/// the person, organization or object of the article it shortens, and drops it otherwise.
/// </summary>
public sealed class SingleNameRule : IActorRule
{
    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon) =>
        span.Count == 1 && PersonNameRule.LooksLikePersonName(span, lexicon)
            ? [span.Mention(span.Surface, ActorType.Person, SingleNameRuleName)]
            : [];

    public const string SingleNameRuleName = "single-name";
}
