namespace TimelineFunctions.Extraction.Text;

/// <summary>
/// A set of lower-case phrases ("rear admiral", "u.s. attorney") that can be matched against tokens at a position
/// in constant time: phrases are split once and indexed by their first word, longest first.
/// </summary>
public sealed class PhraseSet
{
    private readonly Dictionary<string, string[][]> _byFirstWord;

    public PhraseSet(IEnumerable<string> phrases)
    {
        _byFirstWord = phrases
            .Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .GroupBy(words => words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        Words = new HashSet<string>(_byFirstWord.Values.SelectMany(p => p).Where(p => p.Length == 1).Select(p => p[0]), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The one-word phrases.</summary>
    public HashSet<string> Words { get; }

    /// <summary>How many tokens the longest phrase starting at <paramref name="start"/> spans (ending before <paramref name="limit"/>), or 0.</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        if (start >= tokens.Count || !_byFirstWord.TryGetValue(tokens[start].Text, out var candidates))
        {
            return 0;
        }

        var end = Math.Min(tokens.Count, limit);
        foreach (var words in candidates)
        {
            if (start + words.Length > end)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < words.Length && matches; k++)
            {
                matches = tokens[start + k].Text.Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>The phrase (lower-case words joined by spaces) the tokens at <paramref name="start"/> spell, or null.</summary>
    public string? PhraseAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        var length = MatchAt(tokens, start, limit);
        return length == 0 ? null : string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.Text.ToLowerInvariant()));
    }
}
