using System.Globalization;
using System.Reflection;

namespace TimelineFunctions.Application.Stories;

/// <summary>
/// The data behind story profiles, read from Resources/Stories: the weight of each kind of term
/// (term-weights.txt) and the words that never count as key terms (stopwords.txt).
/// </summary>
public sealed class ProfileVocabulary
{
    private ProfileVocabulary(IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> stopwords)
    {
        Weights = weights;
        Stopwords = stopwords;
    }

    public static ProfileVocabulary Default { get; } = Load();

    public IReadOnlyDictionary<string, double> Weights { get; }

    public IReadOnlySet<string> Stopwords { get; }

    /// <summary>The weight of a term ("person:jane-doe"): its kind's weight, 0 for kinds that are not evidence (weeks).</summary>
    public double WeightOf(string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Weights.TryGetValue(term[..colon], out var weight) ? weight : 0;
    }

    private static ProfileVocabulary Load()
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in Lines("term-weights.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            weights[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return new ProfileVocabulary(weights, new HashSet<string>(Lines("stopwords.txt"), StringComparer.Ordinal));
    }

    private static IEnumerable<string> Lines(string file)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith($"Stories.{file}", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }
}
