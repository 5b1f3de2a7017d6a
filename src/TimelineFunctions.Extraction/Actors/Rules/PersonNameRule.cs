namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// Two to four capitalized words that are not a known country, organization or place form a person's name ("Elizabeth
/// Holmes", "Koo Byoung-sam", "Lewis A. Kaplan").
/// </summary>
/// <remarks>
/// Runs after the rules that know other kinds. After a place preposition ("near Velmont Ford") or a kind of place and
/// "of" ("the town of Velmont Ford") such words are a place, which <see cref="LocativeRule"/> names.
/// </remarks>
public sealed class PersonNameRule : IActorRule
{
    public const string RuleName = "person-name";

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon) =>
        span.Count is >= 2 and <= 4 && !RuleText.FollowsPlaceCue(span, lexicon) && LooksLikePersonName(span, lexicon) && !span.Tokens[span.First].Text.EndsWith('.')
            ? [span.Mention(span.Surface, ActorType.Person, RuleName)]
            : null;

    public static bool LooksLikePersonName(NameSpan span, ActorLexicon lexicon)
    {
        if (span.Count is < 1 or > 4 || lexicon.CountryNames.ContainsKey(span.Surface) || lexicon.Demonyms.ContainsKey(span.Surface) || lexicon.Capitals.ContainsKey(span.Surface))
        {
            return false;
        }

        foreach (var token in span.Words)
        {
            var text = token.Text;
            var isInitial = text.Length == 2 && text[1] == '.' && char.IsUpper(text[0]);
            if (!token.IsCapitalized || text.Any(char.IsDigit) || (token.IsAllCaps && !isInitial)
                || lexicon.NonNames.Contains(text) || lexicon.OrganizationHeads.Contains(text) || lexicon.LocationHeads.Contains(text)
                || lexicon.CountryNames.ContainsKey(text) || lexicon.Demonyms.ContainsKey(text) || lexicon.Capitals.ContainsKey(text)
                || lexicon.IsTitleWord(text))
            {
                return false;
            }
        }

        return true;
    }
}
