using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Api.Page;

/// <summary>
/// A story's timeline page: its key dates first (<see cref="KeyDatesHtml"/>), then the full timeline: events grouped under honest date labels along a vertical axis, the undated ones in
/// their own section, and actor/type filters. The server renders every event and hides those the filter in the URL
/// excludes, so the page works without script and the script only toggles what is shown.
/// </summary>
public static class TimelinePageView
{
    public static ApiResponse Render(StoryTimeline timeline, IReadOnlyList<StoryActorSummary> actors, TimelineQuery filter, SummaryTimeline? summary = null)
    {
        var story = timeline.Story;
        var storyId = story.Id;
        var all = timeline.Events.Concat(timeline.Undated).ToList();
        var shown = all.Count(e => TimelineFilter.Matches(e, filter));
        var exports = string.Join(" ", new[] { ("json", "JSON"), ("timelinejs", "TimelineJS"), ("csv", "CSV"), ("markdown", "Markdown"), ("ics", "iCalendar") }
            .Select(f => $"<a href=\"/api/stories/{Uri.EscapeDataString(storyId)}/timeline?format={f.Item1}\">{f.Item2}</a>"));

        var body = new HtmlWriter().Append($"""
            <header>
            <p class="crumbs"><a href="{PageLayout.Root}">All stories</a></p>
            <h1>{story.Title ?? storyId}</h1>
            <p class="meta">{all.Count} events from {story.ArticleCount} articles{Span(story)}</p>
            <p class="exports">Export: {new Markup(exports)}</p>
            </header>
            {(summary is null ? default : KeyDatesHtml.Render(storyId, summary, all.Count))}
            <section id="timeline">
            <h2>Full timeline</h2>
            <form class="filters" method="get" action="{PageLayout.StoryUrl(storyId)}">
            <label>Actor <select name="actor" id="filter-actor">{Options("All actors", actors.Where(a => a.EventCount > 0).Select(a => (a.Id, $"{a.Name} ({a.EventCount})")), filter.Actor)}</select></label>
            <label>Type <select name="type" id="filter-type">{Options("All types", all.Select(e => e.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => (t, t)), filter.Type)}</select></label>
            <button type="submit">Filter</button>
            <output id="shown">{shown} {(shown == 1 ? "event" : "events")}</output>
            </form>
            <main>
            <ol class="axis">
            {Groups(storyId, timeline.Events, filter)}</ol>
            {Undated(storyId, timeline.Undated, filter)}
            </main>
            </section>
            """);
        return PageLayout.Render($"{story.Title ?? storyId} · timeline", body.ToMarkup());
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
