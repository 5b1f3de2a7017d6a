using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Tests.Summary;

/// <summary>Invented stories for the summary tests: events on days, each reported by articles published on given days.</summary>
internal static class SummaryStories
{
    public static readonly StorySummary Story = new("harbour-fire", "Fire at Lanmore harbour", 6, 0, null, null, new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

    public static DateOnly D(int month, int day) => new(2024, month, day);

    public static EventDateInfo Day(DateOnly day) =>
        new(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "day", day, day, ["on that day"]);

    public static EventDateInfo Period(string value, string granularity, DateOnly start, DateOnly end) => new(value, granularity, start, end, [value]);

    /// <summary>An event reported by one article per (article id, publication day, quote).</summary>
    public static TimelineEvent Event(string id, EventDateInfo date, string type, params (string Article, DateOnly Published, string Quote)[] reports) =>
        new(id, date, type, reports[0].Quote, [], null, [.. reports.Select(r => new EventSource(r.Article, null, "Outlet " + r.Article, r.Published, r.Quote))]);

    public static StoryTimeline StoryOf(params TimelineEvent[] events) =>
        new(Story, [.. events.OrderBy(e => e.Date!.Start)], []);
}
