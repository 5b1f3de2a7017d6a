using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Evaluation.DevSet;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;

namespace TimelineFunctions.Evaluation.Tests;

/// <summary>The query side keeps a story's merged timeline while its articles stay the same, and only then.</summary>
public sealed class AssembledStoriesTests
{
    private const string Story = "velmont";

    [Fact]
    public async Task An_unchanged_story_is_served_without_reading_its_events_again_and_any_change_is_seen()
    {
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        var queries = new TimelineQueryService(CountingStore.Wrap(store, out var calls));
        await IngestAsync(ingest, "01-northwire.txt");

        var first = (await queries.GetTimelineAsync(Story, CancellationToken.None))!;
        var again = (await queries.GetTimelineAsync(Story, CancellationToken.None))!;
        Assert.Same(first.Events, again.Events);
        Assert.Equal(1, calls.GetValueOrDefault(nameof(ITimelineStore.GetStoryContentsAsync)));

        await IngestAsync(ingest, "04-nws.txt");
        var grown = (await queries.GetTimelineAsync(Story, CancellationToken.None))!;
        Assert.Equal(2, calls.GetValueOrDefault(nameof(ITimelineStore.GetStoryContentsAsync)));
        Assert.Contains(grown.Events, e => e.Sources.Any(s => s.ArticleId == "04-nws.txt"));

        await store.WithdrawArticleAsync(Story, "04-nws.txt", DateTimeOffset.UtcNow, CancellationToken.None);
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

/// <summary>An <see cref="ITimelineStore"/> that counts the calls of each method and passes them on.</summary>
public class CountingStore : DispatchProxy
{
    private ITimelineStore _inner = null!;
    private ConcurrentDictionary<string, int> _calls = null!;

    public static ITimelineStore Wrap(ITimelineStore inner, out ConcurrentDictionary<string, int> calls)
    {
        var proxy = Create<ITimelineStore, CountingStore>();
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
