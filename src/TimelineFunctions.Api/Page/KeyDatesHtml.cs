using System.Globalization;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Api.Page;

/// <summary>
/// The story page's opening section: the key dates, each showing its sentences and the outlets behind them, and
/// expanding (a <c>details</c> element, no script) to every event of that date with its sources and a link to the
/// event in the full timeline below.
/// </summary>
/// <remarks>
/// The events here are <c>li.key-event</c>, not <c>li.event</c>, so the timeline's filters and ids stay the full
/// timeline's alone. A date lists at most <see cref="MaxEventsPerDate"/> of its events (in the summary's order),
/// each with at most <see cref="MaxSourcesPerEvent"/> sources, and says how many more the full timeline holds, so a
/// busy date of a long story does not fill the first screen.
/// </remarks>
public static class KeyDatesHtml
{
    public const int MaxEventsPerDate = 5;

    public const int MaxSourcesPerEvent = 3;

    public static Markup Render(string storyId, SummaryTimeline summary, int eventCount)
    {
        if (summary.Entries.Count == 0)
        {
            return default;
        }

        var entries = new HtmlWriter();
        foreach (var entry in summary.Entries)
        {
            entries.Append($"""
                <li class="key-date" data-granularity="{entry.Date.Granularity}">
                <details>
                <summary><time datetime="{entry.Date.Start.ToString("O", CultureInfo.InvariantCulture)}">{DateLabels.For(entry.Date)}</time>
                {Sentences(entry)}</summary>
                <ol class="key-events">
                {Events(storyId, entry)}</ol>
                </details>
                </li>

                """);
        }

        return new HtmlWriter().Append($"""
            <section id="key-dates">
            <h2>Key dates</h2>
            <p class="meta">The {summary.Entries.Count} dates the story's articles refer to most; open one for its events and sources. <a id="full-timeline-link" href="#timeline">Full timeline ({eventCount} events)</a></p>
            <ol class="key-dates">
            {entries.ToMarkup()}</ol>
            </section>
            """).ToMarkup();
    }

    private static Markup Sentences(SummaryEntry entry)
    {
        var html = new HtmlWriter();
        foreach (var sentence in entry.Sentences)
        {
            var outlets = string.Join(", ", sentence.Sources.Select(s => s.Outlet ?? s.ArticleId).Distinct(StringComparer.Ordinal));
            html.Append($"<p class=\"key-sentence\">{sentence.Text} <span class=\"outlets\">({outlets})</span></p>\n");
        }

        return html.ToMarkup();
    }

    private static Markup Events(string storyId, SummaryEntry entry)
    {
        var html = new HtmlWriter();
        foreach (var e in entry.Events.Take(MaxEventsPerDate))
        {
            html.Append($"<li class=\"key-event\" data-event=\"{e.Id}\">\n<p class=\"summary\"><span class=\"type\">{e.Type}</span> {e.Summary} <a class=\"in-timeline\" href=\"#{e.Id}\">in the timeline</a></p>\n<ul>\n");
            foreach (var source in e.Sources.Take(MaxSourcesPerEvent))
            {
                var published = source.Published is { } p ? ", published " + DateLabels.Day(p) : "";
                html.Append($"<li class=\"source\"><blockquote class=\"quote\">{source.Quote}</blockquote>\n<p class=\"cite\">{source.Outlet ?? source.ArticleId}{published} · <a class=\"article-link\" href=\"{PageLayout.ArticleUrl(storyId, source.ArticleId)}\">the article</a></p></li>\n");
            }

            if (e.Sources.Count > MaxSourcesPerEvent)
            {
                var more = e.Sources.Count - MaxSourcesPerEvent;
                html.Append($"<li class=\"source-more\">{more} more {(more == 1 ? "source" : "sources")} in the full timeline</li>\n");
            }

            html.Append($"</ul>\n</li>\n");
        }

        if (entry.Events.Count > MaxEventsPerDate)
        {
            var more = entry.Events.Count - MaxEventsPerDate;
            html.Append($"<li class=\"key-more\">{more} more {(more == 1 ? "event" : "events")} of this date in the full timeline</li>\n");
        }

        return html.ToMarkup();
    }
}
