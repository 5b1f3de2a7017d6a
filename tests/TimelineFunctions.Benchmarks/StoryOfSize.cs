using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Storage;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// A story of a given number of events in fresh tables of the Azurite that scripts/benchmark.sh starts
/// (TIMELINE_BENCH_STORAGE): seeded with pre-analysed articles of 10 events each, saved through the real store.
/// </summary>
public sealed class StoryOfSize
{
    public const string StoryId = "bench";
    public const int EventsPerArticle = 10;

    /// <summary>Seeds wrap around after this many articles so their event days stay within the calendar.</summary>
    private const int SeedDays = 20_000;

    private StoryOfSize(TableTimelineStore store, StorageOptions options)
    {
        Store = store;
        Options = options;
    }

    public TableTimelineStore Store { get; }

    public StorageOptions Options { get; }

    public static async Task<StoryOfSize> CreateAsync(int events)
    {
        var connection = Environment.GetEnvironmentVariable("TIMELINE_BENCH_STORAGE") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("TIMELINE_BENCH_STORAGE is not set: run the ingest benchmarks through scripts/benchmark.sh, which starts Azurite.");
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var options = new StorageOptions
        {
            ConnectionString = connection,
            TimelineTable = $"benchtimeline{suffix}",
            StoriesTable = $"benchstories{suffix}",
        };
        var story = new StoryOfSize(new TableTimelineStore(new StorageClients(options), TimeProvider.System, NullLoggerFactory.Instance), options);
        var articles = Enumerable.Range(0, events / EventsPerArticle).ToList();
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (record, contributions) = PreAnalysed($"seed-{i:00000}.txt", i);
            await story.Store.Articles.SaveArticleAsync(record, contributions, [], ct);
        });
        return story;
    }

    /// <summary>An analysed article of <see cref="EventsPerArticle"/> events, as ingest would save it.</summary>
    public static (ArticleRecord Record, List<EventContribution> Events) PreAnalysed(string articleId, int seed)
    {
        var hash = $"{seed:x32}";
        var record = new ArticleRecord
        {
            StoryId = StoryId,
            ArticleId = articleId,
            BlobName = $"{StoryId}/{articleId}",
            ContentHash = hash,
            Status = ArticleStatus.Processed,
            Title = $"Article {seed}",
            ProcessedAt = DateTimeOffset.UtcNow,
            EventCount = EventsPerArticle,
            CleanedText = string.Concat(Enumerable.Repeat($"Sentence {seed} of cleaned article text. ", 60)),
            ProfileTerms = ["organization:harbour-council", $"person:speaker-{seed % 50}", "word:harbour", "week:2021-W10"],
        };
        var events = Enumerable.Range(0, EventsPerArticle).Select(o =>
        {
            var day = new DateOnly(2021, 1, 1).AddDays(((seed % SeedDays) * EventsPerArticle) + o);
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new EventContribution
            {
                StoryId = StoryId,
                ArticleId = articleId,
                ContentHash = hash,
                Ordinal = o,
                Type = "occurrence",
                Summary = $"The harbour council met about item {seed}-{o}.",
                Quote = $"The harbour council met about item {seed}-{o} on {text}, a spokesman said.",
                Date = new EventDateInfo(text, "day", day, day, [text]),
                Actors = [new EventActor("harbour-council", "Harbour council", "organization", "agent")],
            };
        }).ToList();
        return (record, events);
    }

    /// <summary>The blob a full ingest reads: ten dated sentences, so the engine finds events as in the seed.</summary>
    public static IngestRequest Blob(string articleId, int seed)
    {
        var text = new StringBuilder($"Harbour council update {seed}\n");
        for (var o = 0; o < EventsPerArticle; o++)
        {
            var day = new DateOnly(2021, 1, 1).AddDays(((seed % SeedDays) * EventsPerArticle) + o).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.AppendLine(CultureInfo.InvariantCulture, $"The harbour council voted on item {seed}-{o} on {day}.");
        }

        return new IngestRequest($"{StoryId}/{articleId}", Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", new Dictionary<string, string> { ["published"] = "2024-01-01" }, null);
    }
}
