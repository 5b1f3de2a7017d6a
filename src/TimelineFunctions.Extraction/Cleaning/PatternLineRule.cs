using System.Buffers;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// Removes whole lines that match one section of a data file of full-line patterns (for example
/// Resources/Cleaning/furniture-lines.txt: ad markers, "Must Read", "Leave a Reply", "CLICK HERE …", share and
/// newsletter prompts, trademark and copyright lines).
/// </summary>
/// <remarks>
/// Each section is its own rule name. A line only needs a yes or no, so the patterns run on the linear-time engine
/// (<see cref="RegexOptions.NonBacktracking"/>: one pass over the line, where the backtracking engine retried the
/// leading ".{1,100}" of an alternative at every length).
/// </remarks>
/// <param name="file">The pattern file under Resources/Cleaning.</param>
/// <param name="requiredText">
/// By section name, texts one of which every match of the section holds (compared ignoring case): a line with none
/// is not matched against the section. A section whose patterns open with a run of any characters (".{0,200}\bthanks
/// for reading") reads up to that run's length into every line before it can fail; most lines hold none of its words.
/// </param>
public sealed class PatternLineRule(string file, IReadOnlyDictionary<string, string[]>? requiredText = null) : ICleaningRule
{
    private readonly (string Name, string Reason, Regex Pattern, SearchValues<string>? Required)[] _sections = Sections(file, requiredText ?? new Dictionary<string, string[]>());

    public string Name => file;

    public IEnumerable<string> SectionNames => _sections.Select(s => s.Name);

    /// <summary>Every text a section requires one of, whatever the section.</summary>
    public IEnumerable<string> RequiredTexts => (requiredText ?? new Dictionary<string, string[]>()).Values.SelectMany(t => t);

    public void Apply(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (!line.IsKept)
            {
                continue;
            }

            var text = line.Text.Trim();
            if (text.Length > CleaningDocument.MaxFurnitureLineLength)
            {
                continue;
            }

            foreach (var (name, reason, pattern, required) in _sections)
            {
                if ((required is null || text.AsSpan().ContainsAny(required)) && RegexSafe.IsMatch(pattern, text))
                {
                    document.Remove(i, name, reason);
                    break;
                }
            }
        }
    }

    private static (string Name, string Reason, Regex Pattern, SearchValues<string>? Required)[] Sections(string file, IReadOnlyDictionary<string, string[]> requiredText)
    {
        var sections = ResourceText.Sections("Cleaning", file).ToList();
        if (requiredText.Keys.FirstOrDefault(name => !sections.Exists(s => s.Name == name)) is { } unknown)
        {
            throw new InvalidOperationException($"{file} has no section [{unknown}].");
        }

        return [.. sections.Select(s => (s.Name, s.Reason, new Regex(
            "^(?:" + string.Join('|', s.Entries.Select(e => $"(?:{e})")) + ")$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking,
            TimeSpan.FromSeconds(2)),
            requiredText.TryGetValue(s.Name, out var texts) ? SearchValues.Create(texts, StringComparison.OrdinalIgnoreCase) : null))];
    }
}
