using System.Text.RegularExpressions;

using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// A paragraph or line repeated verbatim later (ignoring case, spacing and a trailing photo credit such as " -
/// REUTERS/Filepic"): the later copy is removed.
/// </summary>
/// <remarks>
/// Only lines of eight words or more count.
/// </remarks>
public sealed partial class DuplicateBlockRule : ICleaningRule
{
    public string Name => "duplicate";

    public void Apply(CleaningDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in document.Kept())
        {
            var text = document.Lines[index].Text;
            if (text.Length > 20000 || LineShape.WordCount(text) < 8)
            {
                continue;
            }

            // A credit holds a slash: without one the pattern cannot match, and most paragraphs have none.
            var uncredited = text.Contains('/', StringComparison.Ordinal) ? Credit().Replace(text, "") : text;
            var key = Whitespace.Collapse(uncredited).Trim().ToLowerInvariant();
            if (!seen.Add(key))
            {
                document.Remove(index, Name, "repeats an earlier paragraph verbatim");
            }
        }
    }

    [GeneratedRegex(@"\s+[-–—|]\s*[\w .'-]{1,40}/[\w .'-]{1,40}\s*$")]
    private static partial Regex Credit();
}
