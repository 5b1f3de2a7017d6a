using System.Globalization;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>Small text helpers shared by the actor rules.</summary>
internal static class RuleText
{
    public static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "into", "outside", "across", "around", "inside", "from" };

    public static bool IsLower(Token? token) => token is { IsWord: true } t && char.IsLower(t.Text[0]);

    public static string TitleCase(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));

    /// <summary>The longest lexicon phrase (lower-case, space-separated) that the tokens from <paramref name="start"/> spell, or null.</summary>
    public static string? PhraseAt(IReadOnlyList<Token> tokens, int start, IEnumerable<string> phrasesLongestFirst, int limit)
    {
        foreach (var phrase in phrasesLongestFirst)
        {
            var words = phrase.Split(' ');
            if (start + words.Length > Math.Min(tokens.Count, limit))
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < words.Length && matches; k++)
            {
                matches = tokens[start + k].Text.Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return phrase;
            }
        }

        return null;
    }
}
