using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// A generated story for the merge benchmark, about eight reports a day (as dense as the samples' story), so a bigger
/// story covers a longer time. Each event is told by one to eight articles in their own words (a shared core of words
/// plus each outlet's own), with types, people and groups from fixed pools and dates as precise as a day or as vague
/// as a month. Deterministic for a seed.
/// </summary>
public static class SyntheticStory
{
    public const int ReportsPerDay = 8;

    private static readonly string[] Types = ["deportation", "protest", "statement", "arrest", "meeting", "attack", "verdict", "occurrence"];
    private static readonly string[] Words =
    [
        "border", "convoy", "ministry", "defectors", "police", "court", "harbour", "bridge", "vessel", "union", "rally", "mayor",
        "evacuation", "inspectors", "governor", "channel", "cargo", "lawsuit", "judge", "jury", "fraud", "railway", "tanker", "river",
        "village", "council", "embassy", "envoy", "sanctions", "talks", "ceasefire", "shelling", "airstrike", "refugees", "camp",
        "protesters", "students", "workers", "strike", "factory", "election", "ballots", "parliament", "minister", "budget", "inquiry",
    ];

    public static (IReadOnlyList<ArticleRecord> Articles, IReadOnlyList<EventContribution> Reports) Create(int reportCount, int seed)
    {
        var random = new Random(seed);
        var first = new DateOnly(2023, 1, 1);
        var reports = new List<EventContribution>(reportCount);
        var articleCount = Math.Max(1, reportCount / 10);
        var days = Math.Max(1, reportCount / ReportsPerDay);
        for (var eventNumber = 0; reports.Count < reportCount; eventNumber++)
        {
            var type = Types[random.Next(Types.Length)];
            var day = first.AddDays(random.Next(days));
            var core = Enumerable.Range(0, 5).Select(_ => Words[random.Next(Words.Length)]).ToList();
            var actors = Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => random.Next(300))
                .Select(n => new EventActor($"person-{n}", $"Person {n}", n % 3 == 0 ? "group" : "person", "agent"))
                .ToList();
            var tellings = Math.Min(random.Next(1, 9), reportCount - reports.Count);
            for (var t = 0; t < tellings; t++)
            {
                var own = Enumerable.Range(0, 6).Select(_ => Words[random.Next(Words.Length)]);
                var quote = $"{string.Join(' ', core.Concat(own).OrderBy(_ => random.Next()))} event{eventNumber}.";
                var date = random.Next(4) == 0
                    ? new EventDateInfo($"{day:yyyy-MM}", "month", new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1), ["in the month"])
                    : new EventDateInfo($"{day:yyyy-MM-dd}", "day", day, day, ["on the day"]);
                reports.Add(new EventContribution
                {
                    StoryId = "bench",
                    ArticleId = $"article-{random.Next(articleCount)}",
                    ContentHash = "h",
                    Ordinal = reports.Count,
                    Type = type,
                    Summary = quote,
                    Quote = quote,
                    Date = date,
                    Actors = actors,
                });
            }
        }

        var articles = Enumerable.Range(0, articleCount).Select(i => new ArticleRecord
        {
            StoryId = "bench",
            ArticleId = $"article-{i}",
            BlobName = $"bench/article-{i}.txt",
            ContentHash = "h",
            Status = ArticleStatus.Processed,
        }).ToList();
        return (articles, reports);
    }
}
