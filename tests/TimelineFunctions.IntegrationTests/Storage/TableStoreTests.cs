using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Timeline;
using TimelineFunctions.IntegrationTests.Infrastructure;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.IntegrationTests.Storage;

/// <summary>What only the Azure Tables stores do, against real Azurite: the rows versions leave, leftovers of a dead ingest, and hostile keys.</summary>
/// <remarks>The behaviour every store shares is in <see cref="StoreContractTests"/>.</remarks>
public sealed class TableStoreTests
{
    [Fact]
    public async Task Saving_a_new_version_replaces_the_old_contributions_and_deletes_their_rows()
    {
        var (store, storage) = await CreateAsync();
        await store.Articles.SaveArticleAsync(Article("s1", "a", "hash1", modified: 1), Events("s1", "a", "hash1", 3), [], CancellationToken.None);
        await store.Articles.SaveArticleAsync(Article("s1", "a", "hash2", modified: 2), Events("s1", "a", "hash2", 2), [], CancellationToken.None);

        var contents = await store.Stories.GetStoryContentsAsync("s1", CancellationToken.None);
        Assert.Equal(2, contents.Events.Count);
        Assert.All(contents.Events, e => Assert.Equal("hash2", e.ContentHash));
        Assert.DoesNotContain(await RowKeysAsync(storage, "s1"), k => k.Contains("hash1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_older_version_arriving_late_does_not_replace_the_newer_one()
    {
        var (store, storage) = await CreateAsync();
        await store.Articles.SaveArticleAsync(Article("s2", "a", "new", modified: 5), Events("s2", "a", "new", 1), [], CancellationToken.None);
        await store.Articles.SaveArticleAsync(Article("s2", "a", "old", modified: 4), Events("s2", "a", "old", 4), [], CancellationToken.None);

        var contents = await store.Stories.GetStoryContentsAsync("s2", CancellationToken.None);
        Assert.Equal("new", Assert.Single(contents.Articles).ContentHash);
        Assert.Single(contents.Events);
        Assert.DoesNotContain(await RowKeysAsync(storage, "s2"), k => k.Contains("|old|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_saves_of_several_versions_converge_on_the_newest_with_no_stray_rows()
    {
        var (store, storage) = await CreateAsync();
        var saves = Enumerable.Range(1, 8).Select(v => Task.Run(() =>
            store.Articles.SaveArticleAsync(Article("s3", "a", $"v{v}", modified: v), Events("s3", "a", $"v{v}", v), [], CancellationToken.None)));
        await Task.WhenAll(saves);

        var contents = await store.Stories.GetStoryContentsAsync("s3", CancellationToken.None);
        Assert.Equal("v8", Assert.Single(contents.Articles).ContentHash);
        Assert.Equal(8, contents.Events.Count);
        var stray = (await RowKeysAsync(storage, "s3")).Where(k => k.StartsWith("event|", StringComparison.Ordinal) && !k.Contains("|v8|", StringComparison.Ordinal)).ToList();
        Assert.Empty(stray);
    }

    [Fact]
    public async Task Rows_of_an_ingest_that_died_before_its_switch_are_invisible_then_cleaned_up_once_stale()
    {
        var (store, storage) = await CreateAsync();
        await store.Articles.SaveArticleAsync(Article("s7", "a", "v1", modified: 1), Events("s7", "a", "v1", 1), [], CancellationToken.None);

        // An ingest of v2 wrote its rows and died before switching the article row.
        var table = storage.Clients.Table(storage.Options.TimelineTable);
        foreach (var e in Events("s7", "a", "v2", 3))
        {
            await table.UpsertEntityAsync(new TableEntity("s7", $"event|a|v2|{e.Ordinal:00000}") { ["Type"] = "report", ["Summary"] = "x", ["Quote"] = "x" });
        }

        Assert.Single((await store.Stories.GetStoryContentsAsync("s7", CancellationToken.None)).Events);

        // A save soon after leaves v2's rows alone: they could belong to an ingest still running.
        await store.Articles.SaveArticleAsync(Article("s7", "a", "v3", modified: 3), Events("s7", "a", "v3", 1), [], CancellationToken.None);
        Assert.Contains(await RowKeysAsync(storage, "s7"), k => k.Contains("|v2|", StringComparison.Ordinal));

        // Once they are older than the grace period, the next save deletes them.
        var later = new ShiftedClock(TableArticleStore.LeftoverAge + TimeSpan.FromMinutes(1));
        var laterStore = new TableTimelineStore(storage.Clients, later, NullLoggerFactory.Instance);
        await laterStore.Articles.SaveArticleAsync(Article("s7", "a", "v4", modified: 4), Events("s7", "a", "v4", 1), [], CancellationToken.None);
        var keys = await RowKeysAsync(storage, "s7");
        Assert.DoesNotContain(keys, k => k.Contains("|v2|", StringComparison.Ordinal) || k.Contains("|v3|", StringComparison.Ordinal) || k.Contains("|v1|", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains("|v4|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("s6' or PartitionKey ne 's6")]
    [InlineData("s6\" or true or \"")]
    [InlineData("') or (1 eq 1")]
    public async Task Hostile_story_ids_in_queries_match_nothing(string hostile)
    {
        var (store, _) = await CreateAsync();
        await store.Articles.SaveArticleAsync(Article("s6", "a", "h", modified: 1), Events("s6", "a", "h", 2), [], CancellationToken.None);

        var contents = await store.Stories.GetStoryContentsAsync(hostile, CancellationToken.None);
        Assert.Empty(contents.Articles);
        Assert.Empty(contents.Events);
        Assert.Null(await store.Stories.GetStoryAsync(hostile, CancellationToken.None));
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }

    private static async Task<(TableTimelineStore Store, IsolatedStorage Storage)> CreateAsync()
    {
        var storage = await IsolatedStorage.CreateAsync();
        return (new TableTimelineStore(storage.Clients, TimeProvider.System, NullLoggerFactory.Instance), storage);
    }

    private static ArticleRecord Article(string story, string id, string hash, int modified) => new()
    {
        StoryId = story,
        ArticleId = id,
        BlobName = $"{story}/{id}.txt",
        ContentHash = hash,
        Status = ArticleStatus.Processed,
        ProcessedAt = DateTimeOffset.UtcNow,
        BlobLastModified = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(modified),
    };

    private static List<EventContribution> Events(string story, string article, string hash, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EventContribution
        {
            StoryId = story,
            ArticleId = article,
            ContentHash = hash,
            Ordinal = i,
            Type = "report",
            Summary = $"Event {i}",
            Quote = $"Event {i} happened.",
            Date = new EventDateInfo($"2024-01-{i + 1:00}", "day", new DateOnly(2024, 1, i + 1), new DateOnly(2024, 1, i + 1), [$"2024-01-{i + 1:00}"]),
        })];

    private static async Task<List<string>> RowKeysAsync(IsolatedStorage storage, string partition)
    {
        var table = storage.Clients.Table(storage.Options.TimelineTable);
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"]))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }
}
