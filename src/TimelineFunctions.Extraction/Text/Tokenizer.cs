namespace TimelineFunctions.Extraction.Text;

/// <summary>Splits text into words and punctuation with their offsets.</summary>
/// <remarks>
/// Words keep inner hyphens and apostrophes ("Bankman-Fried", "Cote d'Ivoire"); a trailing period stays on initials
/// ("A."), dotted abbreviations ("U.S.") and known abbreviations ("Gov.", "Lt."), and is its own token elsewhere. A
/// possessive "'s" is its own token.
/// </remarks>
public static class Tokenizer
{
    /// <summary>The punctuation tokens of ASCII, made once instead of per token.</summary>
    private static readonly string[] OneCharacter = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public static List<Token> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(offset + i, c < OneCharacter.Length ? OneCharacter[c] : text.Substring(i, 1)));
                i++;
                continue;
            }

            // A word: letters and digits, joined by single inner hyphens, apostrophes, periods or ampersands.
            var start = i;
            while (true)
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] is '-' or '\'' or '\u2019' or '.' or '&' && char.IsLetterOrDigit(text[i + 1]))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
            }

            AddWord(tokens, text, start, i - start, offset);
        }

        return tokens;
    }

    /// <summary>Adds the word <c>text[start..start+length]</c>; only the strings of the tokens it becomes are allocated.</summary>
    private static void AddWord(List<Token> tokens, string text, int start, int length, int offset)
    {
        var value = text.AsSpan(start, length);
        if (value.EndsWith('.') && value.Length > 1 && !KeepsPeriod(value))
        {
            tokens.Add(new Token(offset + start, text.Substring(start, length - 1)));
            tokens.Add(new Token(offset + start + length - 1, "."));
        }
        else if (value.Length > 2 && (value.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || value.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
        {
            tokens.Add(new Token(offset + start, text.Substring(start, length - 2)));
            tokens.Add(new Token(offset + start + length - 2, text.Substring(start + length - 2, 2)));
        }
        else
        {
            tokens.Add(new Token(offset + start, text.Substring(start, length)));
        }
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> value)
    {
        var word = value[..^1];
        return (word.Length == 1 && char.IsUpper(word[0]))
            || word.Contains('.')
            || Abbreviations.Contains(word);
    }
}
