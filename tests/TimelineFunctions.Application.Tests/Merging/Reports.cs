using System.Globalization;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Tests.Merging;

/// <summary>Builds contributions (one article's report of an event) for the merge tests.</summary>
internal static class Reports
{
    public static readonly EventActor China = Actor("china", "country");
    public static readonly EventActor Defectors = Actor("north-korean-defectors", "group", "target");
    public static readonly EventActor Ministry = Actor("unification-ministry");

    public static EventContribution Report(string article, string type, string quote, EventDateInfo? date, params EventActor[] actors) => new()
    {
        StoryId = "s",
        ArticleId = article,
        ContentHash = "h",
        Ordinal = 0,
        Type = type,
        Summary = quote,
        Quote = quote,
        Date = date,
        Actors = actors,
    };

    public static EventDateInfo Day(string day, string text = "") =>
        new(day, "day", Parse(day), Parse(day), [text.Length > 0 ? text : day]);

    public static EventDateInfo Week(string value, string monday, string text) =>
        new(value, "week", Parse(monday), Parse(monday).AddDays(6), [text]);

    public static EventDateInfo Month(string value, string text)
    {
        var first = Parse(value + "-01");
        return new(value, "month", first, first.AddMonths(1).AddDays(-1), [text]);
    }

    public static EventActor Actor(string id, string type = "organization", string role = "agent") => new(id, id, type, role);

    public static ArticleRecord Article(string id, string? published = null) => new()
    {
        StoryId = "s",
        ArticleId = id,
        BlobName = $"s/{id}",
        ContentHash = "h",
        Status = ArticleStatus.Processed,
        Published = published is null ? null : new PublishedInfo(Parse(published), "Stamp", published, 1),
    };

    /// <summary>The timeline of these reports, each article a plain processed one.</summary>
    public static (IReadOnlyList<TimelineEvent> Dated, IReadOnlyList<TimelineEvent> Undated) Assemble(params EventContribution[] reports) =>
        TimelineAssembler.Assemble([.. reports.Select(r => r.ArticleId).Distinct().Select(id => Article(id))], reports);

    /// <summary>Each event of the timeline on one line: id, date, type, sources and date texts.</summary>
    public static List<string> Describe((IReadOnlyList<TimelineEvent> Dated, IReadOnlyList<TimelineEvent> Undated) timeline) =>
        [.. timeline.Dated.Concat(timeline.Undated).Select(e =>
            $"{e.Id} {e.Date?.Value} {e.Type} [{string.Join(",", e.Sources.Select(s => s.ArticleId))}] {string.Join("|", e.Date?.Texts ?? [])}")];

    private static DateOnly Parse(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
