namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// Two to four capitalized words that are not a known country, organization or place form a person's name ("Elizabeth
/// Holmes", "Koo Byoung-sam", "Lewis A. Kaplan").
/// </summary>
/// <remarks>
/// Runs after the rules that know other kinds. After a place preposition ("near Velmont Ford") or a kind of place and
/// "of" ("the town of Velmont Ford") such words are a place, which <see cref="LocativeRule"/> names.
/// </remarks>
public sealed partial class PersonNameRule : IActorRule
{
    public const string RuleName = "person-name";

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon) =>
        span.Count is >= 2 and <= 4 && !RuleText.FollowsPlaceCue(span, lexicon) && LooksLikePersonName(span, lexicon)
            && (!span.Tokens[span.First].Text.EndsWith('.') || DottedInitials().IsMatch(span.Tokens[span.First].Text))
            ? [span.Mention(span.Surface, ActorType.Person, RuleName)]
            : null;

    /// <summary>
    /// Whether the words can be a person's name: capitalized, no digits, none a known country, place, organization
    /// head or title, and not one letter alone ("Gen. Z"). Initials may open it: "V.K. Singh", and after a title,
    /// which makes the span a person, undotted ones too ("Minister VK Singh"; alone, "SK Hynix" is as likely a company).
    /// </summary>
    public static bool LooksLikePersonName(NameSpan span, ActorLexicon lexicon, bool afterTitle = false)
    {
        if (span.Count is < 1 or > 4 || (span.Count == 1 && span.Surface.Length == 1) || lexicon.CountryNames.ContainsKey(span.Surface) || lexicon.Demonyms.ContainsKey(span.Surface) || lexicon.Capitals.ContainsKey(span.Surface))
        {
            return false;
        }

        foreach (var token in span.Words)
        {
            var text = token.Text;
            var isInitial = (text.Length == 2 && text[1] == '.' && char.IsUpper(text[0])) || DottedInitials().IsMatch(text)
                || (afterTitle && token.Start == span.Tokens[span.First].Start && span.Count >= 2 && text.Length == 2 && text.All(char.IsAsciiLetterUpper));
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

    [System.Text.RegularExpressions.GeneratedRegex(@"\A(?:[A-Z]\.){2,3}\z")]
    private static partial System.Text.RegularExpressions.Regex DottedInitials();
}
