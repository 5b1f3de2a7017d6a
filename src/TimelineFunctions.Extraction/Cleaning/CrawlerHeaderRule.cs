using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// A crawler header at the very start of the text (" date 2023-10-03 Officials said…"): cut from the text and
/// recorded, so the publication-date resolver can use it as a candidate.
/// </summary>
public sealed partial class CrawlerHeaderRule : ICleaningRule
{
    public const string RuleName = "crawler-header";

    public string Name => RuleName;

    public void Apply(CleaningDocument document)
    {
        var first = document.Kept().FirstOrDefault(-1);
        if (first < 0)
        {
            return;
        }

        var match = Header().Match(document.Lines[first].Text);
        if (match.Success)
        {
            document.Cut(first, 0, match.Length, Name, "crawler header with the page date (kept as a publication-date candidate)");
        }
    }

    [GeneratedRegex(@"^\s*date\s+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?(?=\s|$)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
