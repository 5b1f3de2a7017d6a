using System.Collections.Frozen;
using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Comparison;

/// <summary>
/// The content words of a sentence, for telling whether two sentences report the same thing: lower-cased letter words
/// that are not stopwords (Resources/Comparison/stopwords.txt), as their <see cref="PorterStemmer"/> stems, so that
/// "jailed" and "jail", "deported" and "deportation" are one word; a word of a synonym group
/// (Resources/Comparison/synonyms.txt) counts as the group's first word ("buoyant" as "refloat").
/// </summary>
/// <remarks>
/// Numbers are left out; figures are compared apart (<see cref="FigureFinder"/>).
/// </remarks>
public static class ContentWords
{
    /// <summary>The temporal lexicon's sections of words of dates (declared first: <see cref="Stopwords"/> reads it).</summary>
    private static readonly string[] DateSections = ["month", "weekday", "weekday-short", "part-of-day", "timezone"];

    private static readonly FrozenSet<string> Stopwords = ResourceText.Lines("Comparison", "stopwords.txt")
        .Concat(DateWords())
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words remembered at most (a story's vocabulary is far smaller); past it, new words are worked out each time.</summary>
    private const int MaxRememberedWords = 100_000;

    /// <summary>Every story compares the same words again and again: each word's compared form is worked out once.</summary>
    private static readonly BoundedMemo<string?> Remembered = new(MaxRememberedWords);

    /// <summary>Each synonym's stem, to its group's first stem.</summary>
    private static readonly FrozenDictionary<string, string> Synonyms = ResourceText.Lines("Comparison", "synonyms.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PorterStemmer.Stem).ToArray())
        .SelectMany(group => group.Skip(1).Select(stem => (Stem: stem, Group: group[0])))
        .ToFrozenDictionary(p => p.Stem, p => p.Group, StringComparer.Ordinal);

    public static HashSet<string> Of(params string?[] texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (text is not null)
            {
                AddWords(text, words);
            }
        }

        return words;
    }

    /// <summary>Set cosine: shared words over the geometric mean of the sizes; 0 when either is empty.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var word in small)
        {
            shared += large.Contains(word) ? 1 : 0;
        }

        return shared / Math.Sqrt((double)a.Count * b.Count);
    }

    private static void AddWords(string text, HashSet<string> words)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            // A hyphen between letters joins them: "re-floated" and "refloated" are one word.
            var isLetter = i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])));
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                // An apostrophe inside a word ends it: "China's" gives "china", "don't" gives "don".
                AddWord(text.AsSpan(start, i - start), words);
                start = -1;
            }
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, HashSet<string> words)
    {
        if (word.Length < 3)
        {
            return;
        }

        var lower = word.ToString().Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        if (ComparedForm(lower) is { } form)
        {
            words.Add(form);
        }
    }

    /// <summary>
    /// The temporal lexicon's names of months, weekdays, parts of the day and time zones, with their abbreviations: a
    /// wire story's "Tue Apr 28, 2009 6:32 pm EDT" says nothing about which event it tells.
    /// </summary>
    private static IEnumerable<string> DateWords() =>
        DateSections.SelectMany(TemporalLexicon.Default.Phrases)
            .Select(phrase => phrase.TrimEnd('.'))
            .Where(word => word.All(char.IsLetter));

    /// <summary>The word as compared (its stem, or its synonym group's), or null for a stopword; remembered per word.</summary>
    private static string? ComparedForm(string lower) => Remembered.Get(lower, 0, static (word, _) =>
    {
        if (Stopwords.Contains(word) || Stopwords.Contains(Plural.Fold(word)))
        {
            return null;
        }

        var stem = PorterStemmer.Stem(word);
        return Synonyms.GetValueOrDefault(stem, stem);
    });
}
