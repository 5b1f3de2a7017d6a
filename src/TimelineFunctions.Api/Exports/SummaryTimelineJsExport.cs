using System.Text.Json;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Summary;
using static TimelineFunctions.Api.Exports.TimelineJsExport;

namespace TimelineFunctions.Api.Exports;

/// <summary>
/// The key dates in TimelineJS's JSON: a title slide and one slide per key date, headed by its first sentence, with
/// every sentence and its outlets as the text.
/// </summary>
/// <remarks>
/// All article text is HTML-encoded, as TimelineJS renders it as HTML.
/// </remarks>
public static class SummaryTimelineJsExport
{
    public static string Render(SummaryTimeline summary)
    {
        var title = summary.Story.Title ?? summary.Story.Id;
        var document = new TjsTimeline(
            new TjsSlide(null, null, new TjsText(Html(title), Html($"{summary.Entries.Count} key dates from {summary.Story.ArticleCount} articles")), null, null, null),
            [.. summary.Entries.Select(ToSlide)]);
        return JsonSerializer.Serialize(document, Options);
    }

    private static TjsSlide ToSlide(SummaryEntry entry)
    {
        var (start, end) = Dates(entry.Date);
        var headline = entry.Sentences.Count > 0 ? entry.Sentences[0].Text : DateLabels.For(entry.Date);
        var text = string.Concat(entry.Sentences.Select(s =>
            $"<p>{Html(s.Text)}</p><p>{Html(string.Join(", ", s.Sources.Select(source => source.Outlet ?? source.ArticleId).Distinct(StringComparer.Ordinal)))}</p>"));
        return new TjsSlide(start, end, new TjsText(Html(headline), text), DateLabels.For(entry.Date), null, entry.Date.Value);
    }
}
