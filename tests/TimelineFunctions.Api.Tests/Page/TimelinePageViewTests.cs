using System.Text.RegularExpressions;
using TimelineFunctions.Api.Page;
using TimelineFunctions.Application.Queries;
using static TimelineFunctions.Application.Tests.Summary.SummaryStories;

namespace TimelineFunctions.Api.Tests.Page;

public sealed class TimelinePageViewTests
{
    private static StoryTimeline LongStory(int events) => StoryOf([.. Enumerable.Range(0, events)
        .Select(i => Event($"ev-{i:0000}", Day(D(1, 1).AddDays(i / 3)), i % 2 == 0 ? "fire" : "arrest", ($"a{i}", D(1, 1).AddDays(i / 3), $"Report number {i} of the harbour fire.")))]);

    private static string Html(TimelineFunctions.Api.ApiResponse response) => response.Body;

    [Fact]
    public void A_story_within_one_page_is_rendered_whole_and_not_paged()
    {
        var html = Html(TimelinePageView.Render(LongStory(20), [], new TimelineQuery(), pageSize: 20));

        Assert.Equal(20, Regex.Count(html, "<li class=\"event\""));
        Assert.DoesNotContain("data-paged", html, StringComparison.Ordinal);
        Assert.DoesNotContain("more-events", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_story_shows_its_first_page_and_links_the_next_events()
    {
        var html = Html(TimelinePageView.Render(LongStory(250), [], new TimelineQuery()));

        Assert.Contains("<section id=\"timeline\" data-paged>", html, StringComparison.Ordinal);
        Assert.Equal(TimelinePageView.DefaultPageSize, Regex.Count(html, "<li class=\"event\""));
        Assert.Contains("id=\"ev-0099\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"ev-0100\"", html, StringComparison.Ordinal);
        Assert.Contains("Events 1–100 of 250.", html, StringComparison.Ordinal);
        Assert.Contains("<a id=\"more-events\" href=\"/api/view/stories/harbour-fire?start=100\">Next 100 events</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("earlier-events", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_page_continues_where_the_last_stopped_and_links_both_ways()
    {
        var html = Html(TimelinePageView.Render(LongStory(250), [], new TimelineQuery(), start: 210));

        Assert.Equal(40, Regex.Count(html, "<li class=\"event\""));
        Assert.Contains("id=\"ev-0210\"", html, StringComparison.Ordinal);
        Assert.Contains("Events 211–250 of 250.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/view/stories/harbour-fire?start=110\">Earlier events", html, StringComparison.Ordinal);
        Assert.DoesNotContain("more-events", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paged_story_selects_the_filtered_events_on_the_server_and_keeps_the_filter_in_its_links()
    {
        var html = Html(TimelinePageView.Render(LongStory(250), [], new TimelineQuery { Type = "arrest" }, pageSize: 40));

        Assert.Equal(40, Regex.Count(html, "<li class=\"event\""));
        Assert.DoesNotContain("data-type=\"fire\"", html, StringComparison.Ordinal);
        Assert.Contains("Events 1–40 of 125.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/view/stories/harbour-fire?type=arrest&amp;limit=40&amp;start=40\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"limit\" value=\"40\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_screen_stays_small_however_long_the_story()
    {
        var small = Html(TimelinePageView.Render(LongStory(300), [], new TimelineQuery())).Length;
        var large = Html(TimelinePageView.Render(LongStory(6_000), [], new TimelineQuery())).Length;

        // Only the counts differ: the page holds the same first events.
        Assert.InRange(large, small - 100, small + 100);
    }
}
