using System.Text.RegularExpressions;

namespace TimelineFunctions.Evaluation.T17;

/// <summary>
/// ROUGE-N as the timeline-summarization literature uses it: lower-cased word tokens (letters and digits), no
/// stemming, no stopword removal, n-gram counts clipped by the reference's, and the F1 of precision (matches / system
/// n-grams) and recall (matches / reference n-grams).
/// </summary>
public static partial class Rouge
{
    public static IReadOnlyList<string> Tokens(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    public static Dictionary<string, int> NGrams(IEnumerable<string> sentences, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var tokens = Tokens(sentence);
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                var gram = string.Join(' ', tokens.Skip(i).Take(n));
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }

        return counts;
    }

    /// <summary>The clipped n-gram matches, system n-grams and reference n-grams of one comparison.</summary>
    public static (int Matches, int System, int Reference) Counts(IEnumerable<string> system, IEnumerable<string> reference, int n)
    {
        var sys = NGrams(system, n);
        var gold = NGrams(reference, n);
        var matches = sys.Sum(kv => Math.Min(kv.Value, gold.GetValueOrDefault(kv.Key)));
        return (matches, sys.Values.Sum(), gold.Values.Sum());
    }

    /// <summary>ROUGE-N F1 of all system sentences against all reference sentences (the "concatenated" measure).</summary>
    public static double F1(IEnumerable<string> system, IEnumerable<string> reference, int n)
    {
        var (matches, sys, gold) = Counts(system, reference, n);
        return F1(matches, sys, gold);
    }

    /// <summary>
    /// Date-aligned ROUGE-N F1 ("agreement"): n-grams match only between sentences of the same date; precision is the
    /// matches over every system n-gram, recall over every reference n-gram, whatever the dates.
    /// </summary>
    public static double DateAlignedF1(IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> system, IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> reference, int n)
    {
        var matches = system.Where(kv => reference.ContainsKey(kv.Key)).Sum(kv => Counts(kv.Value, reference[kv.Key], n).Matches);
        var sys = system.Values.Sum(s => NGrams(s, n).Values.Sum());
        var gold = reference.Values.Sum(s => NGrams(s, n).Values.Sum());
        return F1(matches, sys, gold);
    }

    public static double F1(int matches, int system, int reference)
    {
        if (matches == 0 || system == 0 || reference == 0)
        {
            return 0;
        }

        var precision = (double)matches / system;
        var recall = (double)matches / reference;
        return 2 * precision * recall / (precision + recall);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
