using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Tests.Queries;

/// <summary>Small hand-made timelines for the query, paging and export tests.</summary>
internal static class TimelineSamples
{
    public static readonly StorySummary Story = new("story", "A story", 2, 5, new DateOnly(2023, 10, 1), new DateOnly(2023, 12, 31), new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public static EventDateInfo Date(string value, string granularity, DateOnly start, DateOnly end) => new(value, granularity, start, end, [value]);

    public static EventDateInfo Day(int year, int month, int day)
    {
        var d = new DateOnly(year, month, day);
        return Date(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "day", d, d);
    }

    public static TimelineEvent Event(string id, EventDateInfo? date, string type = "meeting", string summary = "Ministers met.", string quote = "Ministers met, officials said.", int sources = 1, params EventActor[] actors) =>
        new(id, date, type, summary, actors, "Velmont", [.. Enumerable.Range(0, sources).Select(i => new EventSource($"article-{i}.txt", $"https://news.example.com/{i}", "Example News", new DateOnly(2023, 10, 20), quote))]);

    public static StoryTimeline Sample()
    {
        var minister = new EventActor("anna-berg", "Anna Berg", "person", "agent");
        return new StoryTimeline(
            Story,
            [
                Event("ev-a", Day(2023, 10, 9), actors: minister),
                Event("ev-b", Date("2023-W41", "week", new DateOnly(2023, 10, 9), new DateOnly(2023, 10, 15)), type: "protest", summary: "Crowds gathered."),
                Event("ev-c", Date("2023-11", "month", new DateOnly(2023, 11, 1), new DateOnly(2023, 11, 30)), sources: 2, quote: "The bridge, officials said, closed."),
                Event("ev-d", Day(2023, 12, 24), type: "protest", actors: minister),
            ],
            [Event("ev-u", null, type: "plan", summary: "Talks will resume.")]);
    }
}
