using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Api.Exports;

/// <summary>
/// The timeline in Knight Lab's TimelineJS JSON format: a title slide and one slide per dated event, with
/// start_date/end_date {year, month, day} only as precise as the event's date.
/// </summary>
/// <remarks>
/// TimelineJS renders headline and text as HTML, so every piece of article text is HTML-encoded here. Undated
/// events have no place on its axis and are left out.
/// </remarks>
public static class TimelineJsExport
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Default,
    };

    public static string Render(TimelinePage page)
    {
        var title = page.Story.Title ?? page.Story.Id;
        var document = new TjsTimeline(
            new TjsSlide(null, null, new TjsText(Html(title), Html($"{page.Events.Count} dated events from {page.Story.ArticleCount} articles")), null, null, null),
            [.. page.Events.Select(ToSlide)]);
        return JsonSerializer.Serialize(document, Options);
    }

    private static TjsSlide ToSlide(TimelineEvent e)
    {
        var date = e.Date!;
        var (start, end) = Dates(date);
        return new TjsSlide(start, end, new TjsText(Html(e.Summary), SourcesHtml(e)), DateLabels.For(date), e.Type, e.Id);
    }

    internal static (TjsDate Start, TjsDate? End) Dates(EventDateInfo date) => date.Granularity switch
    {
        "day" => (Day(date.Start), null),
        "week" => (Day(date.Start), Day(date.End)),
        "month" => (Month(date.Start), null),
        "quarter" or "season" => (Month(date.Start), Month(date.End)),
        "year" => (new TjsDate(date.Start.Year, null, null), null),
        _ => (new TjsDate(date.Start.Year, null, null), new TjsDate(date.End.Year, null, null)),
    };

    private static TjsDate Day(DateOnly d) => new(d.Year, d.Month, d.Day);

    private static TjsDate Month(DateOnly d) => new(d.Year, d.Month, null);

    private static string SourcesHtml(TimelineEvent e) => string.Concat(e.Sources.Select(s =>
    {
        var outlet = Html(s.Outlet ?? s.ArticleId);
        var cite = SafeLinks.IsWebUrl(s.Url) ? $"<a href=\"{Html(s.Url!)}\">{outlet}</a>" : outlet;
        return $"<blockquote>{Html(s.Quote)}</blockquote><p>{cite}{(s.Published is { } p ? ", " + DateLabels.Day(p) : "")}</p>";
    }));

    internal static string Html(string text) => HtmlEncoder.Default.Encode(text);

    internal sealed record TjsTimeline(TjsSlide Title, IReadOnlyList<TjsSlide> Events);

    internal sealed record TjsSlide(TjsDate? StartDate, TjsDate? EndDate, TjsText Text, string? DisplayDate, string? Group, string? UniqueId);

    internal sealed record TjsDate(int Year, int? Month, int? Day);

    internal sealed record TjsText(string Headline, string Text);
}
