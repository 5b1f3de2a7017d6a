using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// A lone capitalized word that shortens no name of the article ("Microsoft", "Halvorsen") is kept when the text
/// treats it as an organization: "Halvorsen said it would appeal" (a person says "he" or "she"), or "Halvorsen,
/// which …". The resolver then makes it an organization; without such a cue it is dropped, as before.
/// </summary>
public static class LoneOrganizationCue
{
    public const string RuleName = "lone-organization";

    private static readonly HashSet<string> ItVerbs = ActorWords.Of("it-verbs", StringComparer.Ordinal);

    /// <summary>The capitalized words that some sentence of the text treats as an organization.</summary>
    public static IReadOnlySet<string> Words(List<Token> tokens)
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
            if (saidIt || which)
            {
                words.Add(name.Text);
            }
        }

        return words;
    }
}
