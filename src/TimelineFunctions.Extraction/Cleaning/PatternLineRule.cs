using System.Buffers;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// Removes whole lines that match one section of a data file of full-line patterns (for example
/// Resources/Cleaning/furniture-lines.txt: ad markers, "Must Read", "Leave a Reply", "CLICK HERE …", share and
/// newsletter prompts, trademark and copyright lines).
/// </summary>
/// <remarks>
/// Each section is its own rule name. A line only needs a yes or no, so the patterns run on the linear-time engine
/// (<see cref="RegexOptions.NonBacktracking"/>: one pass over the line, where the backtracking engine retried the
/// leading ".{1,100}" of an alternative at every length). Consecutive sections are also tried together, in as few
/// expressions as the engine's size limit allows (<see cref="LinearTimeGroups"/>): almost no line is furniture, and
/// each call of the engine costs about as much as reading a short line, so a line that none of a group's sections
/// matches is answered by one call instead of one a section.
/// </remarks>
/// <param name="file">The pattern file under Resources/Cleaning.</param>
/// <param name="required">
/// The texts a line needs to be tried against a section (<see cref="RequiredTexts"/>). A section that requires some is
/// tried alone: one whose patterns open with a run of any characters (".{0,200}\bthanks for reading") reads up to that
/// run's length into every line before it can fail.
/// </param>
public sealed class PatternLineRule(string file, RequiredTexts? required = null) : ICleaningRule
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly Section[] _sections = Sections(file, required ?? RequiredTexts.None);

    public string Name => file;

    public IEnumerable<string> SectionNames => _sections.Select(s => s.Name);

    public RequiredTexts Required => required ?? RequiredTexts.None;

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

            Regex? group = null;
            var groupMatches = false;
            foreach (var section in _sections)
            {
                if (section.Group is { } sectionGroup && sectionGroup != group)
                {
                    group = sectionGroup;
                    groupMatches = RegexSafe.IsMatch(sectionGroup, text);
                }

                if ((section.Group is null ? section.Required is null || text.AsSpan().ContainsAny(section.Required) : groupMatches)
                    && RegexSafe.IsMatch(section.Pattern, text))
                {
                    document.Remove(i, section.Name, section.Reason);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A section of the file: its own expression, and either the texts a line needs to be tried (<paramref name="Required"/>)
    /// or the expression of the consecutive sections it is tried with first (<paramref name="Group"/>).
    /// </summary>
    private sealed record Section(string Name, string Reason, Regex Pattern, SearchValues<string>? Required, Regex? Group);

    private static Section[] Sections(string file, RequiredTexts required)
    {
        var sections = ResourceText.Sections("Cleaning", file).ToList();
        required.CheckSections(file, sections);
        var result = sections.Select(s => new Section(s.Name, s.Reason, WholeLine(s.Entries), required.Of(s.Name), null)).ToArray();
        for (var start = 0; start < result.Length; start++)
        {
            var end = start;
            while (end < result.Length && result[end].Required is null)
            {
                end++;
            }

            // A group of one section is that section's own expression, not a second copy of it.
            var (runStart, run) = (start, sections.GetRange(start, end - start));
            foreach (var (first, last, group) in LinearTimeGroups.Compile(run.Count, (from, to) =>
                to - from == 1 ? result[runStart + from].Pattern : WholeLine(run.Skip(from).Take(to - from).SelectMany(s => s.Entries))))
            {
                for (var k = first; k < last; k++)
                {
                    result[start + k] = result[start + k] with { Group = group };
                }
            }

            start = end;
        }

        return result;
    }

    private static Regex WholeLine(IEnumerable<string> entries) =>
        new("^(?:" + string.Join('|', entries.Select(e => $"(?:{e})")) + ")$", Options, Timeout);
}
