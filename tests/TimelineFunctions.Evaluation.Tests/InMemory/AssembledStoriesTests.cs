using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Evaluation.DevSet;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;

namespace TimelineFunctions.Evaluation.Tests.InMemory;

/// <summary>The query side keeps a story's merged timeline while its articles stay the same, and only then.</summary>
public sealed class AssembledStoriesTests
{
    private const string Story = "velmont";

    [Fact]
    public async Task An_unchanged_story_is_served_without_reading_its_events_again_and_any_change_is_seen()
    {
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        var queries = new TimelineQueryService(CountingStore.Wrap(store, out var calls), store);
        await IngestAsync(ingest, "01-northwire.txt");

        var first = (await queries.GetTimelineAsync(Story, CancellationToken.None))!;
        var again = (await queries.GetTimelineAsync(Story, CancellationToken.None))!;
        Assert.Same(first.Events, again.Events);
        Assert.Equal(1, calls.GetValueOrDefault(nameof(IStoryReader.GetStoryContentsAsync)));

        await IngestAsync(ingest, "04-nws.txt");
        var grown = (await queries.GetTimelineAsync(Story, CancellationToken.None))!;
        Assert.Equal(2, calls.GetValueOrDefault(nameof(IStoryReader.GetStoryContentsAsync)));
        Assert.Contains(grown.Events, e => e.Sources.Any(s => s.ArticleId == "04-nws.txt"));

        await store.WithdrawArticleAsync(Story, "04-nws.txt", Withdrawal.ThroughApi(DateTimeOffset.UtcNow), CancellationToken.None);
        var withdrawn = (await queries.GetTimelineAsync(Story, CancellationToken.None))!;
        Assert.DoesNotContain(withdrawn.Events.Concat(withdrawn.Undated), e => e.Sources.Any(s => s.ArticleId == "04-nws.txt"));
        Assert.Equal(first.Events.Select(e => e.Id), withdrawn.Events.Select(e => e.Id));
    }

    private static async Task IngestAsync(IngestService ingest, string file)
    {
        var root = CorpusLocator.FindRepoRoot(AppContext.BaseDirectory)!;
        var path = Path.Combine(root, "samples", "articles", "velmont-ford-derailment", file);
        var result = await ingest.IngestAsync(
            new IngestRequest($"{Story}/{file}", await File.ReadAllBytesAsync(path), "text/plain", new Dictionary<string, string>(), null),
            CancellationToken.None);
        Assert.Equal(IngestOutcome.Processed, result.Outcome);
    }
}

/// <summary>An <see cref="IStoryReader"/> that counts the calls of each method and passes them on.</summary>
public class CountingStore : DispatchProxy
{
    private IStoryReader _inner = null!;
    private ConcurrentDictionary<string, int> _calls = null!;

    public static IStoryReader Wrap(IStoryReader inner, out ConcurrentDictionary<string, int> calls)
    {
        var proxy = Create<IStoryReader, CountingStore>();
        var counting = (CountingStore)(object)proxy;
        counting._inner = inner;
        counting._calls = calls = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        _calls.AddOrUpdate(targetMethod!.Name, 1, (_, count) => count + 1);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}

/// <summary>Concurrent readers of a story that is not merged yet share one merge.</summary>
public sealed class SharedMergeTests
{
    [Fact]
    public async Task Concurrent_cold_reads_of_a_story_read_and_merge_it_once()
    {
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        var root = CorpusLocator.FindRepoRoot(AppContext.BaseDirectory)!;
        foreach (var file in new[] { "01-northwire.txt", "04-nws.txt" })
        {
            var path = Path.Combine(root, "samples", "articles", "velmont-ford-derailment", file);
            await ingest.IngestAsync(new IngestRequest($"velmont/{file}", await File.ReadAllBytesAsync(path), "text/plain", new Dictionary<string, string>(), null), CancellationToken.None);
        }

        var gated = GatedContentsStore.Wrap(store, out var gate, out var reads);
        var queries = new TimelineQueryService(gated, store);
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => queries.GetTimelineAsync("velmont", CancellationToken.None))).ToList();

        // Hold the first read of the story's contents until every reader has had time to ask for the timeline.
        await Task.Delay(300);
        gate.SetResult();
        var timelines = await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(reads);
        Assert.All(timelines, t => Assert.Same(timelines[0]!.Events, t!.Events));
    }

    [Fact]
    public async Task A_reader_that_gives_up_does_not_cancel_the_merge_others_wait_for()
    {
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        var root = CorpusLocator.FindRepoRoot(AppContext.BaseDirectory)!;
        var path = Path.Combine(root, "samples", "articles", "velmont-ford-derailment", "01-northwire.txt");
        await ingest.IngestAsync(new IngestRequest("velmont/01-northwire.txt", await File.ReadAllBytesAsync(path), "text/plain", new Dictionary<string, string>(), null), CancellationToken.None);

        var gated = GatedContentsStore.Wrap(store, out var gate, out var reads);
        var queries = new TimelineQueryService(gated, store);
        using var impatient = new CancellationTokenSource();
        var givesUp = queries.GetTimelineAsync("velmont", impatient.Token);
        var waits = Task.Run(() => queries.GetTimelineAsync("velmont", CancellationToken.None));
        await Task.Delay(200);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => givesUp.WaitAsync(TimeSpan.FromSeconds(10)));

        gate.SetResult();
        Assert.NotEmpty((await waits.WaitAsync(TimeSpan.FromSeconds(30)))!.Events);
        Assert.Single(reads);
    }
}

/// <summary>An <see cref="IStoryReader"/> whose story-contents reads wait for a gate and are counted.</summary>
public class GatedContentsStore : DispatchProxy
{
    private IStoryReader _inner = null!;
    private TaskCompletionSource _gate = null!;
    private ConcurrentBag<string> _reads = null!;

    public static IStoryReader Wrap(IStoryReader inner, out TaskCompletionSource gate, out ConcurrentBag<string> reads)
    {
        var proxy = Create<IStoryReader, GatedContentsStore>();
        var gated = (GatedContentsStore)(object)proxy;
        gated._inner = inner;
        gated._gate = gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gated._reads = reads = [];
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IStoryReader.GetStoryContentsAsync))
        {
            _reads.Add((string)args![0]!);
            return ReadAfterGateAsync(targetMethod, args);
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private async Task<StoryContents> ReadAfterGateAsync(MethodInfo method, object?[] args)
    {
        await _gate.Task;
        return await (Task<StoryContents>)method.Invoke(_inner, args)!;
    }
}
