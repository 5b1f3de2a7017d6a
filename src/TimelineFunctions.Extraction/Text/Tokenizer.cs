using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Text;

/// <summary>
/// Splits text into words and punctuation with their offsets. Words keep inner hyphens and apostrophes
/// ("Bankman-Fried", "Cote d'Ivoire"); a trailing period stays on initials ("A."), dotted abbreviations ("U.S.")
/// and known abbreviations ("Gov.", "Lt."), and is its own token elsewhere. A possessive "'s" is its own token.
/// </summary>
public static partial class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Rev",
        "Maj", "Brig", "Adm", "Cmdr", "Inc", "Corp", "Co", "Ltd", "Dept", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "vs", "etc",
    };

    public static List<Token> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<Token>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var value = match.Value;
            var start = match.Index + offset;
            if (value.EndsWith('.') && value.Length > 1 && !KeepsPeriod(value))
            {
                tokens.Add(new Token(start, value[..^1]));
                tokens.Add(new Token(start + value.Length - 1, "."));
            }
            else if (value.Length > 2 && (value.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || value.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
            {
                tokens.Add(new Token(start, value[..^2]));
                tokens.Add(new Token(start + value.Length - 2, value[^2..]));
            }
            else
            {
                tokens.Add(new Token(start, value));
            }
        }

        return tokens;
    }

    private static bool KeepsPeriod(string value)
    {
        var word = value[..^1];
        return (word.Length == 1 && char.IsUpper(word[0]))
            || word.Contains('.', StringComparison.Ordinal)
            || Abbreviations.Contains(word);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'\u2019.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenPattern();
}
