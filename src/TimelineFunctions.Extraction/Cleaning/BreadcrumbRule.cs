using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// Breadcrumbs before the headline: a line such as "Home › World › Asia", or section names glued to the headline
/// ("HomeWorldChinese foreign ministry denies…" → "Chinese foreign ministry denies…").
/// </summary>
/// <remarks>
/// Section names are data (Resources/Cleaning/section-names.txt). Only the first two kept lines are examined.
/// </remarks>
public sealed partial class BreadcrumbRule : ICleaningRule
{
    private static readonly HashSet<string> Sections = new(ResourceText.Lines("Cleaning", "section-names.txt"), StringComparer.OrdinalIgnoreCase);

    public string Name => "breadcrumb";

    public void Apply(CleaningDocument document)
    {
        foreach (var index in document.Kept().Take(2))
        {
            var text = document.Lines[index].Text.Trim();
            if (text.Length <= 120 && Separated(text))
            {
                document.Remove(index, Name, "breadcrumb trail of site sections");
                continue;
            }

            var leading = text.Split(' ', 2)[0];
            var parts = CamelParts().Matches(leading).Select(m => m.Value).ToList();
            if (parts.Count < 2 || string.Concat(parts) != leading)
            {
                continue;
            }

            var crumbs = parts.TakeWhile(Sections.Contains).Count();
            if (crumbs >= 1 && crumbs < parts.Count && (crumbs >= 2 || parts[0].Equals("home", StringComparison.OrdinalIgnoreCase)))
            {
                var glued = string.Concat(parts.Take(crumbs));
                var start = document.Lines[index].Text.IndexOf(glued, StringComparison.Ordinal);
                document.Cut(index, start, glued.Length, Name, "site-section breadcrumb glued to the headline");
                document.Headline ??= document.Lines[index].Text.Trim();
            }
        }
    }

    private static bool Separated(string text)
    {
        var parts = CrumbSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count >= 2
            && CrumbSeparator().IsMatch(text)
            && Sections.Contains(parts[0])
            && parts.All(p => LineShape.WordCount(p) <= 4 && !LineShape.EndsWithTerminal(p));
    }

    [GeneratedRegex(@"\p{Lu}\p{Ll}+")]
    private static partial Regex CamelParts();

    [GeneratedRegex(@"\s*(?:>|»|›|/|\||→)\s*")]
    private static partial Regex CrumbSeparator();
}
