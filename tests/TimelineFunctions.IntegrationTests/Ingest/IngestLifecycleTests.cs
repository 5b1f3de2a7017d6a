using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Ingest;

/// <summary>
/// Re-delivery, change and order independence through the real <see cref="IngestService"/> and table store
/// against Azurite: the timeline depends only on the set of current article versions.
/// </summary>
public sealed class IngestLifecycleTests
{
    [Fact]
    public async Task Redelivering_the_same_blob_version_changes_nothing_in_either_table()
    {
        var app = await StoreHarness.CreateAsync();
        await app.Ingest.IngestAsync(SyntheticArticles.Request("redeliver/a.txt", SyntheticArticles.Text(1)), CancellationToken.None);
        await app.Ingest.IngestAsync(SyntheticArticles.Request("root-a.txt", SyntheticArticles.Text(2)), CancellationToken.None);
        var before = await app.DumpAsync();

        var again = await app.Ingest.IngestAsync(SyntheticArticles.Request("redeliver/a.txt", SyntheticArticles.Text(1)), CancellationToken.None);
        var rootAgain = await app.Ingest.IngestAsync(SyntheticArticles.Request("root-a.txt", SyntheticArticles.Text(2)), CancellationToken.None);

        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        Assert.Equal(IngestOutcome.Unchanged, rootAgain.Outcome);
        Assert.Equal(before, await app.DumpAsync());
    }

    [Fact]
    public async Task A_changed_blob_replaces_exactly_that_articles_contributions()
    {
        var app = await StoreHarness.CreateAsync();
        await app.Ingest.IngestAsync(SyntheticArticles.Request("change/a.txt", SyntheticArticles.Text(1), minute: 1), CancellationToken.None);
        await app.Ingest.IngestAsync(SyntheticArticles.Request("change/b.txt", SyntheticArticles.Text(2), minute: 1), CancellationToken.None);
        var bRows = (await app.DumpAsync()).Where(r => r.Contains("|b.txt", StringComparison.Ordinal)).ToList();
        var oldHash = (await app.Store.Articles.GetArticleAsync("change", "a.txt", CancellationToken.None))!.ContentHash;

        var result = await app.Ingest.IngestAsync(SyntheticArticles.Request("change/a.txt", SyntheticArticles.Text(1, version: 2), minute: 2), CancellationToken.None);

        Assert.Equal(IngestOutcome.Processed, result.Outcome);
        var contents = await app.Store.Stories.GetStoryContentsAsync("change", CancellationToken.None);
        var a = contents.Articles.Single(x => x.ArticleId == "a.txt");
        Assert.NotEqual(oldHash, a.ContentHash);
        Assert.Equal(a.EventCount, contents.Events.Count(e => e.ArticleId == "a.txt"));
        Assert.All(contents.Events.Where(e => e.ArticleId == "a.txt"), e => Assert.Equal(a.ContentHash, e.ContentHash));
        Assert.Contains(contents.Events, e => e.ArticleId == "a.txt" && e.Quote.Contains("halted", StringComparison.Ordinal));
        Assert.DoesNotContain(await app.DumpAsync(), r => r.Contains(oldHash, StringComparison.Ordinal) && !r.Contains("article|", StringComparison.Ordinal));

        // b's rows are untouched, Timestamps included.
        Assert.Equal(bRows, (await app.DumpAsync()).Where(r => r.Contains("|b.txt", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public async Task The_timeline_is_the_same_whatever_the_order_and_number_of_deliveries()
    {
        // Six articles, one of which changes (v1 then v2, by blob time). Each order goes to a fresh storage account.
        var deliveries = Enumerable.Range(0, 6).Select(i => SyntheticArticles.Request($"order/{i}.txt", SyntheticArticles.Text(i), minute: 1)).ToList();
        var changed = SyntheticArticles.Request("order/2.txt", SyntheticArticles.Text(2, version: 2), minute: 5);
        List<IngestRequest>[] orders =
        [
            [.. deliveries, changed],
            [changed, .. Enumerable.Reverse(deliveries)],
            [deliveries[3], deliveries[3], changed, deliveries[0], deliveries[2], deliveries[5], deliveries[1], changed, deliveries[4], deliveries[0]],
        ];

        var timelines = new List<string>();
        foreach (var order in orders)
        {
            var app = await StoreHarness.CreateAsync();
            foreach (var delivery in order)
            {
                await app.Ingest.IngestAsync(delivery, CancellationToken.None);
            }

            var articles = await app.Store.Stories.ListArticlesAsync("order", CancellationToken.None);
            Assert.Equal(6, articles.Count);
            Assert.All(articles, a => Assert.Equal(ArticleStatus.Processed, a.Status));
            timelines.Add(await app.TimelineJsonAsync("order"));
        }

        Assert.Contains("halted", timelines[0], StringComparison.Ordinal);
        Assert.Equal(timelines[0], timelines[1]);
        Assert.Equal(timelines[0], timelines[2]);
    }

    [Fact]
    public async Task Withdrawing_twice_is_harmless_and_a_redelivery_of_that_version_does_not_bring_it_back()
    {
        var app = await StoreHarness.CreateAsync();
        var request = SyntheticArticles.Request("withdraw/a.txt", SyntheticArticles.Text(1), minute: 1);
        await app.Ingest.IngestAsync(request, CancellationToken.None);
        await app.Ingest.IngestAsync(SyntheticArticles.Request("withdraw/b.txt", SyntheticArticles.Text(2), minute: 1), CancellationToken.None);

        Assert.True(await app.Commands.WithdrawAsync("withdraw", "a.txt", CancellationToken.None));
        Assert.True(await app.Commands.WithdrawAsync("withdraw", "a.txt", CancellationToken.None));
        Assert.Equal(IngestOutcome.Unchanged, (await app.Ingest.IngestAsync(request, CancellationToken.None)).Outcome);

        var contents = await app.Store.Stories.GetStoryContentsAsync("withdraw", CancellationToken.None);
        Assert.Equal(ArticleStatus.Withdrawn, contents.Articles.Single(a => a.ArticleId == "a.txt").Status);
        Assert.DoesNotContain(contents.Events, e => e.ArticleId == "a.txt");
        Assert.DoesNotContain(await app.DumpAsync(), r => r.Contains("event|a.txt", StringComparison.Ordinal));
        var profile = (await app.Store.Profiles.ListProfilesAsync(CancellationToken.None)).Single(p => p.StoryId == "withdraw");
        Assert.Equal(1, profile.ArticleCount);

        // A changed blob is a new version: it is ingested again.
        var changed = await app.Ingest.IngestAsync(SyntheticArticles.Request("withdraw/a.txt", SyntheticArticles.Text(1, version: 2), minute: 2), CancellationToken.None);
        Assert.Equal(IngestOutcome.Processed, changed.Outcome);
        Assert.Equal(ArticleStatus.Processed, (await app.Store.Articles.GetArticleAsync("withdraw", "a.txt", CancellationToken.None))!.Status);
    }
}
