using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Publication;

using TimelineFunctions.Extraction.Text;

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

/// <summary>Markup left in a text article: script/style elements, lines made only of tags, and common inline tags (their text is kept).</summary>
public sealed partial class MarkupResidueRule : ICleaningRule
{
    public string Name => "markup";

    public void Apply(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (!line.IsKept || line.Text.Length > CleaningDocument.MaxFurnitureLineLength || !line.Text.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }

            if (TagsOnly().IsMatch(line.Text))
            {
                document.Remove(i, Name, "HTML markup without text");
                continue;
            }

            while (line.IsKept && ScriptElement().Match(line.Text) is { Success: true } script)
            {
                document.Cut(i, script.Index, script.Length, Name, "script or style element in a text article");
            }

            if (line.IsKept && InlineTag().IsMatch(line.Text))
            {
                var stripped = InlineTag().Replace(line.Text, "");
                document.Record(new RemovedFurniture(string.Concat(InlineTag().Matches(line.Text).Select(m => m.Value)), Name, "HTML tags in a text article (their text is kept)"));
                line.Text = stripped;
                if (stripped.Trim().Length == 0)
                {
                    document.Remove(i, Name, "HTML markup without text");
                }
            }
        }
    }

    [GeneratedRegex(@"</?(?:p|b|i|u|em|strong|a|span|div|br|font|small|sup|sub|h[1-6]|li|ul|ol|blockquote|section|article)(?:\s[^<>]{0,300})?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"^\s*(?:<[^<>]{0,500}>\s*)+$")]
    private static partial Regex TagsOnly();

    [GeneratedRegex(@"<(script|style)\b[^>]{0,500}>.{0,1500}?</\1\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();
}

/// <summary>Lines made only of separator characters ("=====", "* * *").</summary>
public sealed partial class SeparatorRule : ICleaningRule
{
    public string Name => "separator";

    public void Apply(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var text = document.Lines[i].Text.Trim();
            if (document.Lines[i].IsKept && text.Length is >= 3 and <= 400 && Separator().IsMatch(text))
            {
                document.Remove(i, Name, "separator line");
            }
        }
    }

    [GeneratedRegex(@"^[\s=\-_*~#•·+|/\\.–—]+$")]
    private static partial Regex Separator();
}

/// <summary>
/// Breadcrumbs before the headline: a line such as "Home › World › Asia", or section names glued to the
/// headline ("HomeWorldChinese foreign ministry denies…" → "Chinese foreign ministry denies…"). Section names
/// are data (Resources/Cleaning/section-names.txt). Only the first two kept lines are examined.
/// </summary>
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

/// <summary>
/// A truncated copy of the headline near the top ("Chinese foreign ministry denies … in response to...") when
/// a following line gives it in full: the truncated copy is removed and the full line becomes the headline.
/// </summary>
public sealed class HeadlineRepeatRule : ICleaningRule
{
    public string Name => "headline-repeat";

    public void Apply(CleaningDocument document)
    {
        var top = document.Kept().Take(6).ToList();
        foreach (var index in top.Take(4))
        {
            var text = document.Lines[index].Text.Trim();
            var stem = text.EndsWith("...", StringComparison.Ordinal) ? text[..^3] : text.EndsWith('…') ? text[..^1] : null;
            if (stem is null || stem.Trim().Length < 15 || text.Length > 300)
            {
                continue;
            }

            stem = stem.Trim();
            var full = top.FirstOrDefault(j => j != index && document.Lines[j].IsKept
                && document.Lines[j].Text.Trim().Length > stem.Length
                && document.Lines[j].Text.Trim().StartsWith(stem, StringComparison.OrdinalIgnoreCase), -1);
            if (full >= 0)
            {
                document.Remove(index, Name, "truncated repeat of the headline");
                document.Headline = document.Lines[full].Text.Trim();
            }
        }
    }
}

/// <summary>
/// The attribution line under an embedded social-media post ("— Name (@handle) June 10, 2024"). Removed;
/// its date stays available to the resolver as a low-confidence embedded-post candidate.
/// </summary>
public sealed partial class EmbeddedPostRule : ICleaningRule
{
    public const string RuleName = "embedded-post";

    public string Name => RuleName;

    public void Apply(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var text = document.Lines[i].Text.Trim();
            if (document.Lines[i].IsKept && text.Length <= 200 && Attribution().IsMatch(text))
            {
                document.Remove(i, Name, "attribution line of an embedded social-media post (its date is the post's, not the article's)");
            }
        }
    }

    [GeneratedRegex(@"^[—–-]{1,2}\s*[^()\n]{1,80}?\s*\(@\w{1,30}\)\s*(?:on\s+)?(?:\S.{0,60})?$")]
    private static partial Regex Attribution();
}

/// <summary>
/// A line that is only a publication stamp ("Fri Oct 13 2023", "Published: March 5, 2024 10:00 GMT"). It is
/// removed from the story text and recorded; the resolver uses it as a Stamp candidate. Three or more unlabelled
/// date lines with different dates, mostly followed by a sentence, are the headings of a timeline article: they
/// are story text and stay.
/// </summary>
public sealed class PublicationStampRule : ICleaningRule
{
    public const string RuleName = "publication-stamp";

    public string Name => RuleName;

    /// <summary>Whether the next kept line reads as story text (not a headline and not another date line).</summary>
    private static bool NextKeptIsSentence(CleaningDocument document, int index)
    {
        for (var i = index + 1; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsKept)
            {
                var next = document.Lines[i].Text.Trim();
                return !LineShape.IsHeadlineLike(next) && StampParser.ParseStandalone(next) is null;
            }
        }

        return false;
    }

    /// <summary>This many unlabelled date lines with different dates, each mostly followed by story text, are section headings of a timeline, not stamps.</summary>
    private const int TimelineHeadings = 3;

    public void Apply(CleaningDocument document)
    {
        var stamps = new List<(int Index, Stamp Stamp)>();
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsKept && StampParser.ParseStandalone(document.Lines[i].Text.Trim()) is { } stamp)
            {
                stamps.Add((i, stamp));
            }
        }

        var unlabelled = stamps.Where(s => s.Stamp.Label.Length == 0).ToList();
        var headings = unlabelled.Count(s => NextKeptIsSentence(document, s.Index));
        var timeline = unlabelled.Select(s => s.Stamp.Date.ToDate()).Distinct().Count() >= TimelineHeadings && headings * 2 > unlabelled.Count;
        foreach (var (index, stamp) in stamps)
        {
            if (!(timeline && stamp.Label.Length == 0))
            {
                document.Remove(index, Name, "publication stamp line (kept as a publication-date candidate)");
            }
        }
    }
}

/// <summary>
/// A paragraph or line repeated verbatim later (ignoring case, spacing and a trailing photo credit such as
/// " - REUTERS/Filepic"): the later copy is removed. Only lines of eight words or more count.
/// </summary>
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
