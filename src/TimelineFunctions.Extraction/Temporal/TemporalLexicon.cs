using System.Text;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal;

/// <summary>
/// The word lists of the tagger (Resources/Temporal/lexicon.txt): sections of "phrase = value" lines.
/// </summary>
/// <remarks>
/// Lookups are case-insensitive and treat any run of white space in a phrase as one space.
/// </remarks>
public sealed class TemporalLexicon
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _firstWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _ordered = new(StringComparer.Ordinal);

    private TemporalLexicon()
    {
    }

    /// <summary>Parses lexicon text (the format of lexicon.txt).</summary>
    public static TemporalLexicon Parse(string text)
    {
        var lexicon = new TemporalLexicon();
        Dictionary<string, string>? current = null;
        List<string>? order = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1].Trim();
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                order = [];
                lexicon._sections[name] = current;
                lexicon._ordered[name] = order;
                continue;
            }

            if (current is null || order is null)
            {
                throw new FormatException($"Lexicon entry outside a section: '{line}'.");
            }

            var eq = line.IndexOf(" = ", StringComparison.Ordinal);
            var phrase = Normalize(eq < 0 ? line : line[..eq]);
            var value = eq < 0 ? string.Empty : line[(eq + 3)..].Trim();
            if (current.TryAdd(phrase, value))
            {
                order.Add(phrase);
            }
        }

        foreach (var (name, phrases) in lexicon._ordered)
        {
            lexicon._firstWords[name] = new HashSet<string>(
                phrases.Where(p => p.Contains(' ', StringComparison.Ordinal)).Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]),
                StringComparer.OrdinalIgnoreCase);
        }

        return lexicon;
    }

    /// <summary>The embedded lexicon (Resources/Temporal/lexicon.txt), parsed once: the tagger and the rules that read its words share it.</summary>
    public static TemporalLexicon Default => DefaultLexicon.Value;

    private static readonly Lazy<TemporalLexicon> DefaultLexicon = new(() => Parse(ResourceText.Text("Temporal", "lexicon.txt")));

    public bool HasSection(string section) => _sections.ContainsKey(section);

    public IReadOnlyList<string> Phrases(string section) =>
        _ordered.TryGetValue(section, out var list) ? list : throw new KeyNotFoundException($"No lexicon section [{section}].");

    public bool Contains(string section, string phrase) => TryGet(section, phrase, out _);

    /// <summary>Looks up a single word without allocating (case-insensitive).</summary>
    public bool ContainsWord(string section, ReadOnlySpan<char> word) =>
        Section(section).GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>Looks up a single word's value without allocating (case-insensitive).</summary>
    public bool TryGetWord(string section, ReadOnlySpan<char> word, out string value) =>
        Section(section).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value!);

    /// <summary>True when some multi-word phrase of the section starts with this word.</summary>
    public bool StartsPhrase(string section, ReadOnlySpan<char> word) =>
        _firstWords.TryGetValue(section, out var set) && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool TryGet(string section, string phrase, out string value)
    {
        var map = Section(section);
        return map.TryGetValue(IsClean(phrase) ? phrase : Normalize(phrase), out value!);
    }

    public string? Get(string section, string phrase) => TryGet(section, phrase, out var value) ? value : null;

    /// <summary>A regex alternation of a section's phrases, longest first, white space matching any run of it.</summary>
    public string Alternation(string section)
    {
        var phrases = Phrases(section).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal);
        return string.Join('|', phrases.Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
    }

    private Dictionary<string, string> Section(string section) =>
        _sections.TryGetValue(section, out var map) ? map : throw new KeyNotFoundException($"No lexicon section [{section}].");

    /// <summary>No leading, trailing or repeated white space and no white space other than ' ' (case is ignored anyway).</summary>
    private static bool IsClean(string phrase)
    {
        if (phrase.Length == 0 || phrase[0] == ' ' || phrase[^1] == ' ')
        {
            return phrase.Length == 0;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || phrase[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Normalize(string phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        var space = false;
        foreach (var c in phrase.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
