using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Evaluation.InMemory;

namespace TimelineFunctions.Extraction.Tests.Hostile;

/// <summary>
/// Every class of the hostile corpus through the real <see cref="IngestService"/> on the in-memory store: the outcome
/// and reason code recorded, and a deterministic bound on the work (bytes allocated by the ingest, one formula for
/// every class). Wall-clock and memory figures at the 5 MiB cap are the benchmark's (docs/benchmarks.md).
/// </summary>
[Collection(nameof(HostileIngestTests))]
public sealed class HostileIngestTests
{
    /// <summary>Big enough for every run to pass the limits it aims at, small enough for a Debug test run.</summary>
    private const int TestSize = 512 * 1024;

    /// <summary>
    /// A fixed cost plus twice what real articles allocate per byte (120–140 bytes: docs/benchmarks.md, extraction
    /// throughput): linear work, whatever the class. A quadratic stage would take gigabytes at this size.
    /// </summary>
    private const long FixedBudget = 64L * 1024 * 1024;
    private const long BudgetPerInputByte = 256;

    public static TheoryData<string> Classes => [.. HostileCorpus.All.Select(c => c.Class)];

    [Fact]
    public void The_corpus_has_at_least_forty_distinct_classes()
    {
        Assert.True(HostileCorpus.All.Count >= 40, $"{HostileCorpus.All.Count} classes");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Class).Distinct().Count());
    }

    [Fact]
    public void The_generators_are_deterministic()
    {
        foreach (var hostile in HostileCorpus.All)
        {
            Assert.Equal(hostile.Build(4096), hostile.Build(4096));
        }
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public async Task Each_class_is_decided_with_its_reason_and_bounded_work(string name)
    {
        var hostile = HostileCorpus.Get(name);
        var content = hostile.Build(TestSize);
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        var request = new IngestRequest(hostile.BlobName, content, hostile.ContentType, hostile.MetadataOrEmpty, DateTimeOffset.UtcNow);

        var thread = Environment.CurrentManagedThreadId;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = await ingest.IngestAsync(request, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The in-memory store completes synchronously, so the whole ingest ran on this thread and was counted.
        Assert.Equal(thread, Environment.CurrentManagedThreadId);
        var budget = FixedBudget + (BudgetPerInputByte * content.Length);
        Assert.True(allocated <= budget, $"{name}: {allocated:N0} bytes allocated for {content.Length:N0} input bytes (budget {budget:N0})");

        switch (hostile.Expected, hostile.ReasonCode)
        {
            case (HostileOutcome.Processed, _):
                Assert.True(result.Outcome == IngestOutcome.Processed, $"{name}: {result.Outcome}: {result.Message}");
                var processed = await store.GetArticleAsync(result.StoryId!, result.ArticleId!, CancellationToken.None);
                Assert.Equal(ArticleStatus.Processed, processed?.Status);
                Assert.True(result.EventCount <= ArticleLimits.Default.MaxEvents);
                Assert.True(processed!.ActorCount <= ArticleLimits.Default.MaxActors);
                break;
            case (HostileOutcome.Rejected, ArticleLocation.InvalidFolderCode or ArticleLocation.InvalidNameCode):
                Assert.Equal(IngestOutcome.Rejected, result.Outcome);
                var blob = Assert.Single(await store.ListRejectedBlobsAsync(CancellationToken.None));
                Assert.Equal(hostile.BlobName, blob.BlobName);
                Assert.Equal(hostile.ReasonCode, blob.Code);
                break;
            default:
                Assert.True(result.Outcome == IngestOutcome.Rejected, $"{name}: {result.Outcome}: {result.Message}");
                var rejected = await store.GetArticleAsync(result.StoryId!, result.ArticleId!, CancellationToken.None);
                Assert.Equal(ArticleStatus.Rejected, rejected?.Status);
                Assert.Equal(hostile.ReasonCode, rejected?.ReasonCode);
                break;
        }
    }

    [Theory]
    [InlineData("many-events")]
    [InlineData("many-actors")]
    [InlineData("millions-of-short-lines")]
    [InlineData("many-sentences")]
    public async Task A_limit_that_is_hit_is_recorded_on_the_article(string name)
    {
        var hostile = HostileCorpus.Get(name);
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        var result = await ingest.IngestAsync(new IngestRequest(hostile.BlobName, hostile.Build(TestSize), null, hostile.MetadataOrEmpty, null), CancellationToken.None);

        var article = await store.GetArticleDetailAsync(result.StoryId!, result.ArticleId!, CancellationToken.None);
        Assert.Contains(article!.RemovedFurniture, r => r.Rule == ArticleLimits.Rule);
        Assert.Contains("Limits hit", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_ingest_writes_nothing()
    {
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var request = new IngestRequest("pier/a.txt", System.Text.Encoding.UTF8.GetBytes(HostileCorpus.Article(20_000)), null, new Dictionary<string, string>(), null);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ingest.IngestAsync(request, cancelled.Token));

        Assert.Empty(await store.ListStoriesAsync(CancellationToken.None));
        Assert.Null(await store.GetArticleAsync("pier", "a.txt", CancellationToken.None));
    }
}
