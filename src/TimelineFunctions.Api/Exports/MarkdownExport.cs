using System.Text;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Exports;

/// <summary>
/// The timeline as readable Markdown: a heading per date (with its honest label), each event with its sources as
/// links and its quotes, and what its sources disagree on.
/// </summary>
/// <remarks>
/// Article text is escaped so it can neither format nor inject HTML.
/// </remarks>
public static class MarkdownExport
{
    private const string Special = "\\`*_[]|~";

    public static string Render(TimelinePage page)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(page.Story.Title ?? page.Story.Id)).Append("\n\n");
        md.Append(page.Events.Count + page.Undated.Count).Append(" events from ").Append(page.Story.ArticleCount).Append(" articles.\n");

        string? heading = null;
        foreach (var e in page.Events)
        {
            var label = DateLabels.For(e.Date!);
            if (label != heading)
            {
                md.Append("\n## ").Append(Escape(label)).Append("\n\n");
                heading = label;
            }

            AppendEvent(md, e);
        }

        if (page.Undated.Count > 0)
        {
            md.Append("\n## Undated\n\n");
            foreach (var e in page.Undated)
            {
                AppendEvent(md, e);
            }
        }

        return md.ToString();
    }

    private static void AppendEvent(StringBuilder md, TimelineEvent e)
    {
        md.Append("- **").Append(Escape(e.Type)).Append("**: ").Append(Escape(e.Summary)).Append('\n');
        foreach (var source in e.Sources)
        {
            var outlet = Escape(source.Outlet ?? source.ArticleId);
            md.Append("  - ").Append(SafeLinks.IsWebUrl(source.Url) ? $"[{outlet}](<{LinkTarget(source.Url!)}>)" : outlet);
            if (source.Published is { } published)
            {
                md.Append(", ").Append(DateLabels.Day(published));
            }

            md.Append(": “").Append(Escape(source.Quote)).Append("”\n");
        }

        foreach (var conflict in e.Conflicts)
        {
            var versions = conflict.Versions.Select(v => $"{Escape(v.Value)} ({Escape(string.Join(", ", v.ArticleIds))})");
            md.Append("  - *Sources disagree on ").Append(Escape(conflict.Aspect)).Append(":* ").Append(string.Join("; ", versions)).Append('\n');
        }
    }

    /// <summary>Backslash-escapes Markdown punctuation, encodes HTML's specials and flattens line breaks.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r' or '\n' or '\t': escaped.Append(' '); break;
                default:
                    if (Special.Contains(c, StringComparison.Ordinal))
                    {
                        escaped.Append('\\');
                    }

                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    // Inside <...> a link target may hold anything but line breaks and angle brackets.
    private static string LinkTarget(string url) =>
        url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
}
