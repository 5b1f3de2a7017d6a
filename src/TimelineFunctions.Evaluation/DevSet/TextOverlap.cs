using System.Text;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>
/// How much two quotes share, on normalised text (lower case, whitespace collapsed, typographic quotes and dashes
/// folded to ASCII).
/// </summary>
/// <remarks>
/// Two quotes from the same article overlap when they share a substring of at least <see cref="MinShared"/>
/// characters or of at least half the shorter quote. Since every quote is a verbatim span of the article, a shared
/// substring is exactly the overlap of the two spans (up to repeated text).
/// </remarks>
public static class TextOverlap
{
    public const int MinShared = 20;

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>Length of the longest common substring of the two normalised texts.</summary>
    public static int Shared(string a, string b) => LongestCommonSubstring(Normalize(a), Normalize(b));

    /// <summary>The shared length when the quotes overlap by the rule above, otherwise 0.</summary>
    public static int Overlap(string a, string b)
    {
        var (x, y) = (Normalize(a), Normalize(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        var shared = LongestCommonSubstring(x, y);
        return shared >= MinShared || 2 * shared >= Math.Min(x.Length, y.Length) ? shared : 0;
    }

    /// <summary>
    /// Overlap with a short fragment (a non-event's quoted words such as 'on Sunday'): the whole fragment (or the whole
    /// quote) must be shared, or at least <see cref="MinShared"/> characters.
    /// </summary>
    public static int FragmentOverlap(string quote, string fragment)
    {
        var (x, y) = (Normalize(quote), Normalize(fragment));
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        var shared = LongestCommonSubstring(x, y);
        return shared >= Math.Min(MinShared, Math.Min(x.Length, y.Length)) ? shared : 0;
    }

    /// <summary>
    /// The largest overlap, in characters, of a span of <paramref name="normalizedText"/> equal to quote
    /// <paramref name="a"/> with one equal to quote <paramref name="b"/> (all occurrences tried); 0 when either quote
    /// is not in the text or no two spans meet. <paramref name="normalizedText"/> must already be normalised.
    /// </summary>
    public static int SpanOverlap(string normalizedText, string a, string b)
    {
        var (x, y) = (Normalize(a), Normalize(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        var starts = Occurrences(normalizedText, y);
        var best = 0;
        foreach (var i in Occurrences(normalizedText, x))
        {
            foreach (var j in starts)
            {
                best = Math.Max(best, Math.Min(i + x.Length, j + y.Length) - Math.Max(i, j));
            }
        }

        return best;
    }

    private static List<int> Occurrences(string text, string value)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0 && found.Count < 50; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    internal static int LongestCommonSubstring(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        var best = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }
}
