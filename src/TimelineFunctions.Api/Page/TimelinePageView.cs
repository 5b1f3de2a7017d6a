using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Api.Page;

/// <summary>
/// A story's timeline page: its key dates first (<see cref="KeyDatesHtml"/>), then the full timeline: events
/// grouped under honest date labels along a vertical axis, the undated ones in their own section, and actor/type
/// filters.
/// </summary>
/// <remarks>
/// A story of at most <see cref="DefaultPageSize"/> events is rendered whole, the events the filter in the URL
/// excludes hidden, so the page works without script and the script only toggles what is shown. A longer story is
/// paged: the page holds the key dates and the first events the filter selects, with a link to the next ones, which
/// the script loads into the page (progressive loading) and which works as a plain link without it; the filters
/// then reload the page. So the first screen stays small however long the story grows.
/// </remarks>
public static class TimelinePageView
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    /// <summary>How many actors the filter lists at most (those in most events), besides the one selected.</summary>
    public const int MaxActorOptions = 150;

    public static ApiResponse Render(
        StoryTimeline timeline,
        IReadOnlyList<StoryActorSummary> actors,
        TimelineQuery filter,
        SummaryTimeline? summary = null,
        int start = 0,
        int pageSize = DefaultPageSize)
    {
        var story = timeline.Story;
        var storyId = story.Id;
        var all = timeline.Events.Concat(timeline.Undated).ToList();
        var paged = all.Count > pageSize || start > 0;
        IReadOnlyList<TimelineEvent> dated = timeline.Events, undated = timeline.Undated;
        int shown;
        var nav = default(Markup);
        if (paged)
        {
            var selected = all.Where(e => TimelineFilter.Matches(e, filter)).ToList();
            shown = selected.Count;
            start = Math.Min(start, selected.Count);
            var slice = selected.Skip(start).Take(pageSize).ToList();
            dated = [.. slice.Where(e => e.Date is not null)];
            undated = [.. slice.Where(e => e.Date is null)];
            nav = Navigation(storyId, filter, start, slice.Count, shown, pageSize);
        }
        else
        {
            shown = all.Count(e => TimelineFilter.Matches(e, filter));
        }

        var exports = string.Join(" ", new[] { ("json", "JSON"), ("timelinejs", "TimelineJS"), ("csv", "CSV"), ("markdown", "Markdown"), ("ics", "iCalendar") }
            .Select(f => $"<a href=\"/api/stories/{Uri.EscapeDataString(storyId)}/timeline?format={f.Item1}\">{f.Item2}</a>"));
        var actorOptions = actors.Where(a => a.EventCount > 0)
            .Select((a, rank) => (a, rank))
            .Where(x => x.rank < MaxActorOptions || x.a.Id.Equals(filter.Actor, StringComparison.OrdinalIgnoreCase))
            .Select(x => (x.a.Id, $"{x.a.Name} ({x.a.EventCount})"));

        var body = new HtmlWriter().Append($"""
            <header>
            <p class="crumbs"><a href="{PageLayout.Root}">All stories</a></p>
            <h1>{story.Title ?? storyId}</h1>
            <p class="meta">{all.Count} events from {story.ArticleCount} articles{Span(story)}</p>
            <p class="exports">Export: {new Markup(exports)}</p>
            </header>
            {(summary is null || start > 0 ? default : KeyDatesHtml.Render(storyId, summary, all.Count))}
            <section id="timeline"{new Markup(paged ? " data-paged" : "")}>
            <h2>Full timeline</h2>
            <form class="filters" method="get" action="{PageLayout.StoryUrl(storyId)}">
            <label>Actor <select name="actor" id="filter-actor">{Options("All actors", actorOptions, filter.Actor)}</select></label>
            <label>Type <select name="type" id="filter-type">{Options("All types", all.Select(e => e.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => (t, t)), filter.Type)}</select></label>
            {(pageSize == DefaultPageSize ? default : new HtmlWriter().Append($"<input type=\"hidden\" name=\"limit\" value=\"{pageSize}\">").ToMarkup())}
            <button type="submit">Filter</button>
            <output id="shown">{shown} {(shown == 1 ? "event" : "events")}</output>
            </form>
            <main>
            <ol class="axis">
            {Groups(storyId, dated, filter)}</ol>
            {Undated(storyId, undated, filter)}
            {nav}
            </main>
            </section>
            """);
        return PageLayout.Render($"{story.Title ?? storyId} · timeline", body.ToMarkup());
    }

    private static Markup Navigation(string storyId, TimelineQuery filter, int start, int count, int total, int pageSize)
    {
        var html = new HtmlWriter().Append($"<p class=\"pages\">Events {(count == 0 ? 0 : start + 1)}–{start + count} of {total}.");
        if (start > 0)
        {
            html.Append($" <a id=\"earlier-events\" href=\"{PageUrl(storyId, filter, Math.Max(0, start - pageSize), pageSize)}\">Earlier events</a>");
        }

        if (start + count < total)
        {
            html.Append($" <a id=\"more-events\" href=\"{PageUrl(storyId, filter, start + count, pageSize)}\">Next {Math.Min(pageSize, total - start - count)} events</a>");
        }

        return html.Append($"</p>").ToMarkup();
    }

    /// <summary>The page's address for the events from <paramref name="start"/> on, under the same filter.</summary>
    public static string PageUrl(string storyId, TimelineQuery filter, int start, int pageSize)
    {
        var query = new List<string>();
        if (filter.Actor is { } actor)
        {
            query.Add("actor=" + Uri.EscapeDataString(actor));
        }

        if (filter.Type is { } type)
        {
            query.Add("type=" + Uri.EscapeDataString(type));
        }

        if (pageSize != DefaultPageSize)
        {
            query.Add("limit=" + pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        query.Add("start=" + start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return PageLayout.StoryUrl(storyId) + "?" + string.Join("&", query);
    }

    private static string Span(StorySummary story) =>
        story.FirstDate is { } first && story.LastDate is { } last ? $", {DateLabels.Day(first)} – {DateLabels.Day(last)}" : "";

    private static Markup Options(string allLabel, IEnumerable<(string Value, string Label)> options, string? selected)
    {
        var html = new HtmlWriter().Append($"<option value=\"\">{allLabel}</option>");
        foreach (var (value, label) in options)
        {
            var isSelected = selected is not null && value.Equals(selected, StringComparison.OrdinalIgnoreCase);
            html.Append($"<option value=\"{value}\"{new Markup(isSelected ? " selected" : "")}>{label}</option>");
        }

        return html.ToMarkup();
    }

    private static Markup Groups(string storyId, IReadOnlyList<TimelineEvent> events, TimelineQuery filter)
    {
        var html = new HtmlWriter();
        // Consecutive events with the same label share a heading; the assembler's order keeps equal dates together.
        foreach (var group in Consecutive(events, e => DateLabels.For(e.Date!)))
        {
            var date = group[0].Date!;
            var items = new HtmlWriter();
            foreach (var e in group)
            {
                items.Append($"{EventHtml.Render(storyId, e, !TimelineFilter.Matches(e, filter))}");
            }

            var hidden = new Markup(group.All(e => !TimelineFilter.Matches(e, filter)) ? " hidden" : "");
            html.Append($"""
                <li class="date-group" data-granularity="{date.Granularity}"{hidden}>
                <h2><time datetime="{date.Start.ToString("O", System.Globalization.CultureInfo.InvariantCulture)}">{DateLabels.For(date)}</time></h2>
                <ol class="events">
                {items.ToMarkup()}</ol>
                </li>

                """);
        }

        return html.ToMarkup();
    }

    private static Markup Undated(string storyId, IReadOnlyList<TimelineEvent> undated, TimelineQuery filter)
    {
        if (undated.Count == 0)
        {
            return default;
        }

        var items = new HtmlWriter();
        foreach (var e in undated)
        {
            items.Append($"{EventHtml.Render(storyId, e, !TimelineFilter.Matches(e, filter))}");
        }

        return new HtmlWriter().Append($"""
            <section id="undated" class="date-group"{new Markup(undated.All(e => !TimelineFilter.Matches(e, filter)) ? " hidden" : "")}>
            <h2>Undated</h2>
            <p class="meta">Reported without a date.</p>
            <ol class="events">
            {items.ToMarkup()}</ol>
            </section>
            """).ToMarkup();
    }

    private static IEnumerable<List<TimelineEvent>> Consecutive(IEnumerable<TimelineEvent> events, Func<TimelineEvent, string> key)
    {
        List<TimelineEvent>? group = null;
        string? current = null;
        foreach (var e in events)
        {
            var k = key(e);
            if (group is null || k != current)
            {
                if (group is not null)
                {
                    yield return group;
                }

                group = [];
                current = k;
            }

            group.Add(e);
        }

        if (group is not null)
        {
            yield return group;
        }
    }
}
