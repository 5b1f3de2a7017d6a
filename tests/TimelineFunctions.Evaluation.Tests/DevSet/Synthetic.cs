using System.Globalization;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

/// <summary>Builders for tiny hand-written system timelines.</summary>
internal static class Synthetic
{
    private static int _next;

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static EventDateInfo OnDay(string iso) => new(iso, "day", Day(iso), Day(iso), [iso]);

    public static EventDateInfo Week(string monday, string value) => new(value, "week", Day(monday), Day(monday).AddDays(6), [value]);

    public static EventDateInfo Month(int year, int month) =>
        new($"{year:D4}-{month:D2}", "month", new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), []);

    public static EventDateInfo Year(int year) => new($"{year:D4}", "year", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), []);

    public static TimelineEvent Event(string articleId, string quote, EventDateInfo? date) =>
        new($"ev-{Interlocked.Increment(ref _next)}", date, "other", quote, [], null, [new EventSource(articleId, null, null, null, quote)]);

    public static TimelineEvent Merged(EventDateInfo? date, params (string ArticleId, string Quote)[] sources) =>
        new($"ev-{Interlocked.Increment(ref _next)}", date, "other", sources[0].Quote, [], null,
            [.. sources.Select(s => new EventSource(s.ArticleId, null, null, null, s.Quote))]);

    public static StoryTimeline Timeline(params TimelineEvent[] events) => new(
        new StorySummary("demo", null, 2, events.Length, null, null, DateTimeOffset.UnixEpoch),
        [.. events.Where(e => e.Date is not null)],
        [.. events.Where(e => e.Date is null)]);

    public static StoryActorSummary Actor(string name, params string[] aliases) => new($"a-{name}", name, "person", aliases, [], 1);
}
