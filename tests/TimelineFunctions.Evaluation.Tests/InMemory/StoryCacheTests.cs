using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Evaluation.DevSet;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;

namespace TimelineFunctions.Evaluation.Tests.InMemory;

/// <summary>The kept assemblies are a bounded least-recently-used cache: past the bound one cold story goes, not all.</summary>
public sealed class StoryCacheTests
{
    [Fact]
    public async Task Past_its_bound_the_cache_evicts_the_least_recently_read_story_alone()
    {
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        foreach (var story in new[] { "cache-a", "cache-b", "cache-c" })
        {
            await IngestAsync(ingest, story, "01-northwire.txt");
        }

        var assembled = new AssembledStories(store, maxStories: 2);
        await assembled.GetAsync("cache-a", CancellationToken.None);
        await assembled.GetAsync("cache-b", CancellationToken.None);
        await assembled.GetAsync("cache-a", CancellationToken.None); // "cache-b" is now the least recently read
        Assert.Equal(2, assembled.Merges);

        await assembled.GetAsync("cache-c", CancellationToken.None);
        Assert.Equal(3, assembled.Merges);
        Assert.Equal(2, assembled.Kept);

        await assembled.GetAsync("cache-a", CancellationToken.None);
        await assembled.GetAsync("cache-c", CancellationToken.None);
        Assert.Equal(3, assembled.Merges);

        await assembled.GetAsync("cache-b", CancellationToken.None);
        Assert.Equal(4, assembled.Merges);
    }

    [Fact]
    public async Task The_cache_is_bounded_by_the_reports_it_holds_too()
    {
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        await IngestAsync(ingest, "weight-a", "01-northwire.txt");
        await IngestAsync(ingest, "weight-b", "01-northwire.txt");
        var reports = (await store.GetStoryContentsAsync("weight-a", CancellationToken.None)).Events.Count;
        Assert.True(reports > 0);

        // Room for one story's reports: the second story evicts the first, whatever the story bound.
        var assembled = new AssembledStories(store, maxStories: 64, maxReports: (reports + 1) * 3 / 2);
        await assembled.GetAsync("weight-a", CancellationToken.None);
        await assembled.GetAsync("weight-b", CancellationToken.None);
        Assert.Equal(1, assembled.Kept);

        await assembled.GetAsync("weight-a", CancellationToken.None);
        Assert.Equal(3, assembled.Merges);
    }

    private static async Task IngestAsync(IngestService ingest, string story, string file)
    {
        var root = CorpusLocator.FindRepoRoot(AppContext.BaseDirectory)!;
        var path = Path.Combine(root, "samples", "articles", "velmont-ford-derailment", file);
        var result = await ingest.IngestAsync(
            new IngestRequest($"{story}/{file}", await File.ReadAllBytesAsync(path), "text/plain", new Dictionary<string, string>(), null),
            CancellationToken.None);
        Assert.Equal(IngestOutcome.Processed, result.Outcome);
    }
}
