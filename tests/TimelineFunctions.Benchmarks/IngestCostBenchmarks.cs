using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Extraction;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// Per-article ingest cost against Azurite as one story holds 10 to 10,000 events: saving a pre-analysed article
/// (the store alone), the full <see cref="IngestService"/> (analysis, placement, save, profile), and reading the
/// story's timeline. Each save adds a new article of 10 events and the iteration's cleanup takes it out again,
/// so every measured operation meets a story of exactly <see cref="StoryEvents"/> events.
/// </summary>
[Config(typeof(IngestCostConfig))]
public class IngestCostBenchmarks
{
    private StoryOfSize _story = null!;
    private IngestService _ingest = null!;
    private TimelineQueryService _queries = null!;
    private int _next;
    private string? _added;

    [Params(10, 100, 1_000, 10_000)]
    public int StoryEvents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _story = StoryOfSize.CreateAsync(StoryEvents).GetAwaiter().GetResult();
        _ingest = new IngestService(_story.Store.Articles, _story.Store.Assignments, _story.Store.Profiles, _story.Store.Stories, _story.Store.RejectedBlobs, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        _queries = new TimelineQueryService(_story.Store.Stories, _story.Store.RejectedBlobs);
        _next = 1_000_000;

        // The engine's first analyses compile its code paths; keep that out of the first measured size.
        for (var i = 0; i < 20; i++)
        {
            var blob = StoryOfSize.Blob($"warm-{i}.txt", i);
            ArticleAnalyzer.Default.Analyze(new Extraction.Reading.ArticleInput(blob.BlobName, blob.Content, blob.ContentType, blob.Metadata));
        }
    }

    [IterationCleanup]
    public void RemoveAddedArticle()
    {
        if (_added is { } articleId)
        {
            _story.Store.Articles.RemoveArticleAsync(StoryOfSize.StoryId, articleId, $"{StoryOfSize.StoryId}/{articleId}", CancellationToken.None).GetAwaiter().GetResult();
            _added = null;
        }
    }

    [Benchmark]
    public async Task SaveAnalysedArticle()
    {
        var seed = _next++;
        _added = $"probe-{seed}.txt";
        var (record, events) = StoryOfSize.PreAnalysed(_added, seed);
        await _story.Store.Articles.SaveArticleAsync(record, events, [], CancellationToken.None);
    }

    [Benchmark]
    public async Task<int> IngestBlob()
    {
        var seed = _next++;
        _added = $"probe-{seed}.txt";
        return (await _ingest.IngestAsync(StoryOfSize.Blob(_added, seed), CancellationToken.None)).EventCount;
    }

    [Benchmark]
    public async Task<int> ReadTimeline() =>
        (await _queries.GetTimelineAsync(StoryOfSize.StoryId, CancellationToken.None))!.Events.Count;
}
