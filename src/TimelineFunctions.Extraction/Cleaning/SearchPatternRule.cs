using System.Buffers;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>Line rules whose patterns are searched inside a line.</summary>
/// <remarks>
/// <see cref="SearchMode.RemoveLine"/> removes a matching line whole (captions and credits,
/// Resources/Cleaning/captions.txt); <see cref="SearchMode.CutMatch"/> cuts only the matched tail off and keeps the
/// rest (furniture glued to a paragraph, Resources/Cleaning/suffixes.txt). A line removed whole only needs a yes or
/// no, so its patterns run on the linear-time engine (<see cref="RegexOptions.NonBacktracking"/>: one pass over the
/// line, where the backtracking engine tried the alternation at nearly every word); a cut needs the backtracking
/// engine's match (and the suffixes use a lookbehind, which the linear-time engine lacks).
/// </remarks>
/// <param name="file">The pattern file under Resources/Cleaning.</param>
/// <param name="mode">Whether a match removes its line or is cut off it.</param>
/// <param name="required">
/// The texts a line needs to be searched for a section (<see cref="RequiredTexts"/>). The suffix patterns'
/// backtracking search, tried at every position of every line, was most of the cleaning stage's time; most lines hold
/// no "read".
/// </param>
public sealed class SearchPatternRule(string file, SearchMode mode, RequiredTexts? required = null) : ICleaningRule
{
    private const int MaxLineLength = 600;

    private readonly (string Name, string Reason, Regex Pattern, SearchValues<string>? Required)[] _sections = Sections(file, mode, required ?? RequiredTexts.None);

    public RequiredTexts Required => required ?? RequiredTexts.None;

    public string Name => file;

    public void Apply(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (!line.IsKept || line.Text.Length > (mode == SearchMode.RemoveLine ? MaxLineLength : CleaningDocument.MaxFurnitureLineLength))
            {
                continue;
            }

            foreach (var (name, reason, pattern, texts) in _sections)
            {
                if (texts is not null && !line.Text.AsSpan().ContainsAny(texts))
                {
                    continue;
                }

                if (mode == SearchMode.RemoveLine)
                {
                    if (!RegexSafe.IsMatch(pattern, line.Text))
                    {
                        continue;
                    }

                    document.Remove(i, name, reason);
                }
                else
                {
                    if (RegexSafe.Match(pattern, line.Text) is not { } match)
                    {
                        continue;
                    }

                    document.Cut(i, match.Index, match.Length, name, reason);
                }

                break;
            }
        }
    }

    private static (string Name, string Reason, Regex Pattern, SearchValues<string>? Required)[] Sections(string file, SearchMode mode, RequiredTexts required)
    {
        var sections = ResourceText.Sections("Cleaning", file).ToList();
        required.CheckSections(file, sections);
        return [.. sections.Select(s => (s.Name, s.Reason, new Regex(
            string.Join('|', s.Entries.Select(e => $"(?:{e})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | (mode == SearchMode.RemoveLine ? RegexOptions.NonBacktracking : RegexOptions.Compiled),
            TimeSpan.FromSeconds(2)), required.Of(s.Name)))];
    }
}
