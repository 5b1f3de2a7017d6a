namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// A name after "in", "at", "near" and the like, or after a kind of place and "of" ("the town of Velmont Ford"), that
/// no other rule knows is a place ("in Manhattan").
/// </summary>
public sealed class LocativeRule : IActorRule
{
    public const string RuleName = "after-locative";

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon) =>
        (RuleText.IsLowerWordOf(span.Before(), RuleText.Locatives) || RuleText.FollowsPlaceCue(span, lexicon))
        && span.Count <= 3 && !span.Words.Any(t => t.IsAllCaps)
            ? [span.Mention(span.Surface, ActorType.Location, RuleName)]
            : null;
}
