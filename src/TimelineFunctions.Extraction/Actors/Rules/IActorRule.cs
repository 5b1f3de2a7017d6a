namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>One way of recognising what a capitalized name stands for.</summary>
/// <remarks>
/// Rules are tried in order; the first that returns mentions (possibly several: "US Coast Guard Rear Admiral Shannon
/// Gilreat" is an organization and a person) decides, and an empty list means "not an actor".
/// </remarks>
public interface IActorRule
{
    IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon);
}
