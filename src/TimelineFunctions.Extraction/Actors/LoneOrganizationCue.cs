using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// A lone capitalized word that shortens no name of the article ("Microsoft", "Halvorsen") is kept when the text
/// treats it as an organization: "Halvorsen said it would appeal" (a person says "he" or "she"), "Halvorsen,
/// which …", or "Halvorsen chief executive Ida Brenn" (a title after it: the name is whom the title holder works
/// for), or "Greyfin, a criminal group," (an apposition whose noun is a kind of organization, `organization-kinds.txt`
/// or `[organization-kinds-after]`).
/// The resolver then makes it an organization, also where a weaker cue read it as a place ("a response from
/// Halvorsen"); without such a cue it is dropped, as before.
/// </summary>
public static class LoneOrganizationCue
{
    public const string RuleName = "lone-organization";

    private static readonly HashSet<string> ItVerbs = ActorWords.Of("it-verbs", StringComparer.Ordinal);

    /// <summary>Nouns of a kind of organization that may follow its name (`[organization-kinds-after]`: "group", "union").</summary>
    private static readonly HashSet<string> KindsAfter = ActorWords.Of("organization-kinds-after", StringComparer.Ordinal);

    /// <summary>The capitalized words that some sentence of the text treats as an organization.</summary>
    public static IReadOnlySet<string> Words(List<Token> tokens, ActorLexicon lexicon)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var name = tokens[i];
            if (!name.IsWord || !name.IsCapitalized || name.IsAllCaps || (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized))
            {
                continue;
            }

            var saidIt = ItVerbs.Contains(tokens[i + 1].Text) && tokens[i + 2].Text is "it" or "its";
            var which = tokens[i + 1].Text == "," && tokens[i + 2].Text == "which";
            if (saidIt || which || IsTitleHoldersEmployer(tokens, i, lexicon) || FollowsATitleFor(tokens, i, lexicon) || IsNamedKind(tokens, i, lexicon))
            {
                words.Add(name.Text);
            }
        }

        return words;
    }

    /// <summary>
    /// A lower-case title and a capitalized name follow the word, perhaps after a possessive: "Halvorsen chief
    /// executive Ida Brenn", "Halvorsen's spokeswoman Ida Brenn".
    /// </summary>
    private static bool IsTitleHoldersEmployer(List<Token> tokens, int i, ActorLexicon lexicon)
    {
        var title = tokens[i + 1].Text is "'s" or "\u2019s" ? i + 2 : i + 1;
        if (title >= tokens.Count || !tokens[title].IsWord || tokens[title].IsCapitalized)
        {
            return false;
        }

        var length = lexicon.Titles.MatchAt(tokens, title, tokens.Count);
        var name = title + length;
        return length > 0 && name < tokens.Count && tokens[name].IsWord && tokens[name].IsCapitalized && !lexicon.IsTitleWord(tokens[name].Text.ToLowerInvariant());
    }

    /// <summary>
    /// An apposition after the word whose noun, within a few lower-case words, is a kind of organization: "Greyfin, a
    /// criminal group, claimed it"; "Fellgate, the reservoir's operator,". A person's apposition names no such kind
    /// ("Quarrie, a retired nurse").
    /// </summary>
    private static bool IsNamedKind(List<Token> tokens, int i, ActorLexicon lexicon)
    {
        if (tokens[i + 1].Text != "," || tokens[i + 2].Text is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var j = i + 3; j < tokens.Count && j <= i + 6 && ((tokens[j].IsWord && !tokens[j].IsCapitalized) || tokens[j].Text is "'s" or "\u2019s"); j++)
        {
            if (lexicon.OrganizationKinds.Contains(tokens[j].Text) || KindsAfter.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title and "for" or "at" come before the word: "Ida Brenn, a spokeswoman for Halvorsen, said".</summary>
    private static bool FollowsATitleFor(List<Token> tokens, int i, ActorLexicon lexicon) =>
        i >= 2 && tokens[i - 1].Text is "for" or "at" && lexicon.IsTitleWord(tokens[i - 2].Text) && !tokens[i + 1].IsCapitalized;
}
