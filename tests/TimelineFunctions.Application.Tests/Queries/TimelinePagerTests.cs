using TimelineFunctions.Application.Queries;
using static TimelineFunctions.Application.Tests.Queries.TimelineSamples;

namespace TimelineFunctions.Application.Tests.Queries;

public sealed class TimelinePagerTests
{
    private static readonly ContinuationToken Tokens = ContinuationToken.WithRandomKey();

    [Fact]
    public void Pages_follow_each_other_through_dated_then_undated_events()
    {
        var timeline = Sample();
        var query = new TimelineQuery { Limit = 2 };
        var ids = new List<string>();
        TimelinePosition? after = null;
        for (var i = 0; i < 10; i++)
        {
            var page = TimelinePager.Page(timeline, query, Tokens, after);
            ids.AddRange(page.Events.Concat(page.Undated).Select(e => e.Id));
            if (page.Next is null)
            {
                break;
            }

            Assert.True(Tokens.TryRead(page.Next, "story", query, out var position));
            after = position;
        }

        Assert.Equal(["ev-a", "ev-b", "ev-c", "ev-d", "ev-u"], ids);
    }

    [Fact]
    public void A_page_resumes_after_the_last_event_served_even_when_earlier_events_appear()
    {
        var timeline = Sample();
        var query = new TimelineQuery { Limit = 2 };
        var first = TimelinePager.Page(timeline, query, Tokens);
        Assert.True(Tokens.TryRead(first.Next!, "story", query, out var position));

        var grown = timeline with { Events = [Event("ev-0", Day(2023, 1, 1)), .. timeline.Events] };
        Assert.Equal(["ev-c", "ev-d"], TimelinePager.Page(grown, query, Tokens, position).Events.Select(e => e.Id));
    }

    [Fact]
    public void A_token_is_refused_when_tampered_with_or_used_for_another_story_or_query()
    {
        var query = new TimelineQuery { Limit = 2, Type = "protest" };
        var token = Tokens.Create("story", query, 2, "ev-b");
        Assert.True(Tokens.TryRead(token, "story", query with { Limit = 5 }, out var position));
        Assert.Equal(new TimelinePosition(2, "ev-b"), position);

        Assert.False(Tokens.TryRead(token, "other-story", query, out _));
        Assert.False(Tokens.TryRead(token, "story", query with { Order = TimelineOrder.Desc }, out _));
        Assert.False(Tokens.TryRead(token, "story", query with { Type = "PROTEST ", Actor = "x" }, out _));
        var flipped = (token[3] == 'A' ? 'B' : 'A') + "";
        Assert.False(Tokens.TryRead(token[..3] + flipped + token[4..], "story", query, out _));
        Assert.False(Tokens.TryRead("not a token!", "story", query, out _));
        Assert.False(Tokens.TryRead(new string('A', 2000), "story", query, out _));
        Assert.False(Tokens.TryRead("", "story", query, out _));
    }

    [Fact]
    public void Filters_combine_and_date_bounds_select_by_overlap()
    {
        var timeline = Sample();
        Assert.Equal(["ev-a", "ev-b"], Ids(timeline, new TimelineQuery { From = new DateOnly(2023, 10, 1), To = new DateOnly(2023, 10, 31) }));
        Assert.Equal(["ev-b", "ev-c"], Ids(timeline, new TimelineQuery { From = new DateOnly(2023, 10, 12), To = new DateOnly(2023, 11, 3) }));
        Assert.Equal(["ev-a", "ev-d"], Ids(timeline, new TimelineQuery { Actor = "anna berg" }));
        Assert.Equal(["ev-a", "ev-d"], Ids(timeline, new TimelineQuery { Actor = "anna-berg" }));
        Assert.Equal(["ev-d"], Ids(timeline, new TimelineQuery { Actor = "anna-berg", Type = "PROTEST" }));
        Assert.Equal(["ev-c"], Ids(timeline, new TimelineQuery { MinSources = 2 }));
        Assert.Equal(["ev-c"], Ids(timeline, new TimelineQuery { Text = "BRIDGE" }));
        Assert.Equal(["ev-u"], Ids(timeline, new TimelineQuery { Text = "resume" }));
        Assert.Equal(["ev-d", "ev-c", "ev-b", "ev-a", "ev-u"], Ids(timeline, new TimelineQuery { Order = TimelineOrder.Desc }));
    }

    private static List<string> Ids(StoryTimeline timeline, TimelineQuery query)
    {
        var page = TimelinePager.Page(timeline, query, Tokens);
        Assert.Null(page.Next);
        return [.. page.Events.Concat(page.Undated).Select(e => e.Id)];
    }
}
