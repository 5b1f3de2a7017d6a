namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// Capitalized words with a capitalized function word inside ("Call Of Duty", "Lord Of The Rings") are the title of a
/// work (a game, a book, a film) written in title case: an object, not a person's name.
/// </summary>
/// <remarks>Runs after the rules that know organizations and places by their heads ("Bank Of Harlow").</remarks>
public sealed class WorkTitleRule : IActorRule
{
    public const string RuleName = "work-title";

    private static readonly HashSet<string> TitleWords = ActorWords.Of("work-title-words", StringComparer.Ordinal);

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        if (span.Words.Any(t => !t.IsCapitalized))
        {
            // Two names a lower-case connector joins ("Call Of Duty and Candy Crush") are classified one by one.
            return null;
        }

        for (var i = span.First + 1; i < span.Last; i++)
        {
            if (TitleWords.Contains(span.Tokens[i].Text))
            {
                return [span.Mention(span.Surface, ActorType.Object, RuleName)];
            }
        }

        return null;
    }
}
