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
public sealed class PatternLineRule(string file) : ICleaningRule
{
    private readonly (string Name, string Reason, Regex Pattern)[] _sections =
        [.. ResourceText.Sections("Cleaning", file).Select(s => (s.Name, s.Reason, new Regex(
            "^(?:" + string.Join('|', s.Entries.Select(e => $"(?:{e})")) + ")$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking,
            TimeSpan.FromSeconds(2))))];

    public string Name => file;

    public IEnumerable<string> SectionNames => _sections.Select(s => s.Name);

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

            foreach (var (name, reason, pattern) in _sections)
            {
                if (RegexSafe.IsMatch(pattern, text))
                {
                    document.Remove(i, name, reason);
                    break;
                }
            }
        }
    }
}
