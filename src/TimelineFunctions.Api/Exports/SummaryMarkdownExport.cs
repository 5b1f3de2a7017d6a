using System.Text;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Api.Exports;

/// <summary>
/// The key dates as Markdown: a heading per date (its honest label), each sentence as a quoted item followed by the
/// outlets that report it.
/// </summary>
/// <remarks>
/// Article text is escaped like the timeline's Markdown.
/// </remarks>
public static class SummaryMarkdownExport
{
    public static string Render(SummaryTimeline summary)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownExport.Escape(summary.Story.Title ?? summary.Story.Id)).Append(": key dates\n\n");
        md.Append(summary.Entries.Count).Append(" key dates from ").Append(summary.Story.ArticleCount).Append(" articles.\n");
        foreach (var entry in summary.Entries)
        {
            md.Append("\n## ").Append(MarkdownExport.Escape(DateLabels.For(entry.Date))).Append("\n\n");
            foreach (var sentence in entry.Sentences)
            {
                var outlets = sentence.Sources
                    .DistinctBy(s => s.ArticleId, StringComparer.Ordinal)
                    .Select(s => MarkdownExport.Escape(s.Outlet ?? s.ArticleId) + (s.Published is { } p ? ", " + DateLabels.Day(p) : ""));
                md.Append("- “").Append(MarkdownExport.Escape(sentence.Text)).Append("” (").Append(string.Join("; ", outlets)).Append(")\n");
            }
        }

        return md.ToString();
    }
}
