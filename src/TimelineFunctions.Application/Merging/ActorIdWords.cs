using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Application.Merging;

/// <summary>Actors compared across articles by the words of their ids.</summary>
/// <remarks>
/// Each article resolves its own names, so two actors are the same when the words of one id hold the other's:
/// "key-bridge" and "francis-scott-key-bridge", "north-koreans" and "north-korean-defectors".
/// </remarks>
internal static class ActorIdWords
{
    public static string[] Of(EventActor actor) => Of(actor.Id);

    public static string[] Of(string id) =>
        [.. id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(Plural.Fold)];

    /// <summary>
    /// Whether every word of one actor's id is a word of the other's, a long word also when an outlet misspelt it by
    /// one letter ("gilreat" and "gilreath").
    /// </summary>
    public static bool Same(string[] x, string[] y)
    {
        var (fewer, more) = x.Length <= y.Length ? (x, y) : (y, x);
        foreach (var word in fewer)
        {
            if (!HasWord(more, word))
            {
                return false;
            }
        }

        return true;
    }

    // A plain loop: this runs for every pair of actors of every comparison.
    private static bool HasWord(string[] words, string word)
    {
        foreach (var other in words)
        {
            if (other == word || IsMisspelling(word, other))
            {
                return true;
            }
        }

        return false;
    }

    private const int MinMisspeltLength = 6;

    /// <summary>Two words of at least <see cref="MinMisspeltLength"/> letters one edit apart (a letter changed, added or dropped).</summary>
    private static bool IsMisspelling(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < MinMisspeltLength || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        // After the first difference, the rest must agree once one letter is skipped in the longer word (or in both).
        var restA = a.AsSpan(Math.Min(a.Length, prefix + (a.Length >= b.Length ? 1 : 0)));
        var restB = b.AsSpan(Math.Min(b.Length, prefix + (b.Length >= a.Length ? 1 : 0)));
        return restA.SequenceEqual(restB);
    }
}
