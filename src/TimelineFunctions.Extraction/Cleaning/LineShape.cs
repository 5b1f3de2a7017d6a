using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>Shape measures of a line used by the structural rules: word counts, terminal punctuation, content words.</summary>
public static partial class LineShape
{
    private static readonly HashSet<string> StopWords = new(ResourceText.Lines("Cleaning", "stopwords.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How many words (<see cref="Words"/>: a letter or digit, then letters, digits, apostrophes and hyphens) the
    /// line holds, counted in one pass without matches: every line of every article is counted.
    /// </summary>
    public static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (inWord && (char.IsLetter(c) || char.IsNumber(c) || c is '\'' or '\u2019' or '-'))
            {
                continue;
            }

            inWord = char.IsLetter(c) || char.IsNumber(c);
            count += inWord ? 1 : 0;
        }

        return count;
    }

    /// <summary>Ends with sentence punctuation (. ! ? …), ignoring closing quotes and brackets.</summary>
    public static bool EndsWithTerminal(string line)
    {
        var trimmed = line.AsSpan().TrimEnd().TrimEnd("\"'”’»)]");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…';
    }

    /// <summary>Looks like a headline: 2–20 words, starts with a capital, digit or quote, no sentence punctuation at the end.</summary>
    public static bool IsHeadlineLike(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || EndsWithTerminal(trimmed) || trimmed[^1] is ',' or ';' or ':' or '-' or '–' or '—')
        {
            return false;
        }

        var start = trimmed.TrimStart('-', '•', ' ', '"', '\'', '“', '‘');
        var words = WordCount(trimmed);
        return words is >= 2 and <= 20 && start.Length > 0 && (char.IsUpper(start[0]) || char.IsDigit(start[0]));
    }

    /// <summary>Looks like a one- or two-sentence teaser: ends with sentence punctuation, 4–50 words, at most two sentences.</summary>
    public static bool IsTeaserLike(string line)
    {
        var trimmed = line.Trim();
        return EndsWithTerminal(trimmed) && WordCount(trimmed) is >= 4 and <= 50 && SentenceBreaks().Count(trimmed) <= 1;
    }

    /// <summary>Lower-cased words of four or more letters that are not stop words.</summary>
    public static HashSet<string> ContentWords(string text)
    {
        // Matches enumerated without Match objects and words lower-cased into a buffer: only a new content word is
        // copied into a string.
        var result = new HashSet<string>(StringComparer.Ordinal);
        var added = result.GetAlternateLookup<ReadOnlySpan<char>>();
        var stopWords = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var match in Words().EnumerateMatches(text))
        {
            var word = text.AsSpan(match.Index, match.Length).Trim("'’");
            var w = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(w);
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
            {
                w = w[..^2];
            }

            if (w.Length >= 4 && !stopWords.Contains(w))
            {
                added.Add(w);
            }
        }

        return result;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"[.!?][""”’)]?\s+[""“‘(]?\p{Lu}")]
    private static partial Regex SentenceBreaks();
}
