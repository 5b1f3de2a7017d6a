using System.Text.RegularExpressions;
using TimelineFunctions.Api.Page;
using TimelineFunctions.Application.Summary;
using static TimelineFunctions.Application.Tests.Summary.SummaryStories;

namespace TimelineFunctions.Api.Tests.Page;

public sealed class KeyDatesHtmlTests
{
    private const string Hostile = "Fire at <img src=x onerror=alert(1)> the harbour";

    private static SummaryTimeline Summary()
    {
        var fire = Event("ev-fire", Day(D(3, 1)), "fire", ("a1", D(3, 1), Hostile), ("a2", D(3, 2), "The fire."));
        var arrest = Event("ev-arrest", Day(D(3, 1)), "arrest", ("a2", D(3, 2), "A watchman was arrested."));
        return new SummaryTimeline(Story, 1, 1, [new SummaryEntry(fire.Date!, [new SummarySentence(Hostile, "ev-fire", fire.Sources)], [fire, arrest])]);
    }

    [Fact]
    public void Each_key_date_shows_its_sentences_and_expands_to_every_event_of_the_date_linked_to_the_timeline()
    {
        var html = KeyDatesHtml.Render("harbour-fire", Summary(), 12).Value;

        Assert.Equal(1, Regex.Count(html, "<li class=\"key-date\""));
        Assert.Contains("<details>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-03-01\">1 Mar 2024</time>", html, StringComparison.Ordinal);
        Assert.Contains("(Outlet a1, Outlet a2)", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<li class=\"key-event\""));
        Assert.Contains("href=\"#ev-arrest\"", html, StringComparison.Ordinal);
        Assert.Contains("<a id=\"full-timeline-link\" href=\"#timeline\">Full timeline (12 events)</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"event\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_text_is_encoded()
    {
        var html = KeyDatesHtml.Render("harbour-fire", Summary(), 2).Value;
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_summary_renders_nothing() =>
        Assert.Null(KeyDatesHtml.Render("harbour-fire", new SummaryTimeline(Story, 0, 2, []), 0).Value);

    [Fact]
    public void A_busy_date_lists_its_first_events_with_their_first_sources_and_counts_the_rest()
    {
        var reports = Enumerable.Range(1, 7).Select(i => ($"a{i}", D(3, 1), $"Report {i}.")).ToArray();
        var events = Enumerable.Range(1, 9).Select(i => Event($"ev-{i}", Day(D(3, 1)), "fire", reports)).ToList();
        var summary = new SummaryTimeline(Story, 1, 1, [new SummaryEntry(events[0].Date!, [new SummarySentence("Report 1.", "ev-1", events[0].Sources)], events)]);

        var html = KeyDatesHtml.Render("harbour-fire", summary, 9).Value;

        Assert.Equal(KeyDatesHtml.MaxEventsPerDate, Regex.Count(html, "<li class=\"key-event\""));
        Assert.Equal(KeyDatesHtml.MaxEventsPerDate * KeyDatesHtml.MaxSourcesPerEvent, Regex.Count(html, "<li class=\"source\""));
        Assert.Contains("<li class=\"key-more\">4 more events of this date in the full timeline</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"source-more\">4 more sources in the full timeline</li>", html, StringComparison.Ordinal);
    }
}
