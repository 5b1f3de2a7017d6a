using System.Buffers;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// By section name, texts one of which every match of the section holds, compared ignoring case: a line with none is
/// not matched against the section. Most lines hold none, and a pattern that searches a line, or opens with a run of
/// any characters, reads into every line before it can fail.
/// </summary>
/// <remarks>
/// The texts are compared as ordinal strings ignoring case and the patterns match ignoring case as regular expressions
/// do: the two agree on every character but "k", which the patterns also match as the Kelvin sign, so no text holds a
/// "k" (a test checks this).
/// </remarks>
public sealed class RequiredTexts(IReadOnlyDictionary<string, string[]> bySection)
{
    public static RequiredTexts None { get; } = new(new Dictionary<string, string[]>());

    /// <summary>Every text, whatever its section.</summary>
    public IEnumerable<string> All => bySection.Values.SelectMany(t => t);

    /// <summary>The search for the texts of <paramref name="section"/>, or null when it requires none.</summary>
    public SearchValues<string>? Of(string section) =>
        bySection.TryGetValue(section, out var texts) ? SearchValues.Create(texts, StringComparison.OrdinalIgnoreCase) : null;

    /// <summary>Throws when a section named here is not in the file.</summary>
    public void CheckSections(string file, IEnumerable<ResourceSection> sections)
    {
        var names = sections.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        if (bySection.Keys.FirstOrDefault(name => !names.Contains(name)) is { } unknown)
        {
            throw new InvalidOperationException($"{file} has no section [{unknown}].");
        }
    }
}
