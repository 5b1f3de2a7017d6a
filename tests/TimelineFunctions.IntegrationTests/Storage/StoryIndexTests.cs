using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.IntegrationTests.Infrastructure;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.IntegrationTests.Storage;

/// <summary>
/// The story summary index on Azurite: the story list reads it instead of merging every story, a restarted instance
/// lists without merging, and any change of a story (an article added, one withdrawn) refreshes its row.
/// </summary>
public sealed class StoryIndexTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_story_list_merges_only_the_stories_changed_since_they_were_indexed()
    {
        var app = await StoreHarness.CreateAsync();
        var index = new TableStoryIndex(app.Store.Tables);
        await IngestAsync(app, "index-alpha/a.txt", 1);
        await IngestAsync(app, "index-alpha/b.txt", 2);
        await IngestAsync(app, "index-beta/c.txt", 3);

        var first = new TimelineQueryService(app.Store.Stories, app.Store.RejectedBlobs, index);
        var listed = await first.ListStoriesAsync(None);
        Assert.Equal(2, first.Merges); // nothing was indexed yet
        Assert.Equal(await UnindexedListAsync(app), listed);

        // A restarted instance has no assemblies: the list comes from the index alone.
        var restarted = new TimelineQueryService(app.Store.Stories, app.Store.RejectedBlobs, index);
        Assert.Equal(listed, await restarted.ListStoriesAsync(None));
        Assert.Equal(0, restarted.Merges);

        // An article added to one story: the next list merges that story alone and shows its new counts.
        await IngestAsync(app, "index-alpha/d.txt", 4);
        var afterAdd = new TimelineQueryService(app.Store.Stories, app.Store.RejectedBlobs, index);
        var grown = await afterAdd.ListStoriesAsync(None);
        Assert.Equal(1, afterAdd.Merges);
        Assert.Equal(3, grown.Single(s => s.Id == "index-alpha").ArticleCount);
        Assert.Equal(await UnindexedListAsync(app), grown);

        // A withdrawal changes the other story: its row is refreshed, the unchanged story is not merged.
        Assert.True(await app.Commands.WithdrawAsync("index-beta", "c.txt", None));
        var afterWithdraw = new TimelineQueryService(app.Store.Stories, app.Store.RejectedBlobs, index);
        var withdrawn = await afterWithdraw.ListStoriesAsync(None);
        Assert.Equal(1, afterWithdraw.Merges);
        Assert.Equal(0, withdrawn.Single(s => s.Id == "index-beta").EventCount);
        Assert.Equal(await UnindexedListAsync(app), withdrawn);
    }

    [Fact]
    public async Task Reading_a_changed_story_refreshes_its_row_so_the_list_needs_no_merge()
    {
        var app = await StoreHarness.CreateAsync();
        var index = new TableStoryIndex(app.Store.Tables);
        await IngestAsync(app, "index-read/a.txt", 1);
        await new TimelineQueryService(app.Store.Stories, app.Store.RejectedBlobs, index).ListStoriesAsync(None);

        await IngestAsync(app, "index-read/b.txt", 2);
        var reader = new TimelineQueryService(app.Store.Stories, app.Store.RejectedBlobs, index);
        var timeline = await reader.GetTimelineAsync("index-read", None);
        Assert.Equal(1, reader.Merges);

        var lister = new TimelineQueryService(app.Store.Stories, app.Store.RejectedBlobs, index);
        var listed = Assert.Single(await lister.ListStoriesAsync(None));
        Assert.Equal(0, lister.Merges);
        Assert.Equal(timeline!.Story, listed);
        Assert.Equal(2, listed.ArticleCount);
    }

    [Fact]
    public async Task The_article_versions_read_for_the_freshness_check_are_those_of_the_article_rows()
    {
        var app = await StoreHarness.CreateAsync();
        var index = new TableStoryIndex(app.Store.Tables);
        await IngestAsync(app, "index-versions/a.txt", 1);
        await app.Ingest.IngestAsync(SyntheticArticles.Request("index-versions/empty.txt", ""), None);

        var versions = await index.ListArticleVersionsAsync("index-versions", None);
        var rows = await app.Store.Stories.ListArticlesAsync("index-versions", None);
        Assert.Equal(
            rows.Select(a => new ArticleVersionKey(a.ArticleId, a.ContentHash, a.Status)).OrderBy(v => v.ArticleId, StringComparer.Ordinal),
            versions.OrderBy(v => v.ArticleId, StringComparer.Ordinal));
        Assert.Empty(await index.ListArticleVersionsAsync("index-unknown", None));
    }

    private static async Task IngestAsync(StoreHarness app, string blobName, int article)
    {
        var result = await app.Ingest.IngestAsync(SyntheticArticles.Request(blobName, SyntheticArticles.Text(article)), None);
        Assert.Equal(IngestOutcome.Processed, result.Outcome);
    }

    /// <summary>The list as a service without an index computes it: by merging every story.</summary>
    private static async Task<IReadOnlyList<StorySummary>> UnindexedListAsync(StoreHarness app) =>
        await new TimelineQueryService(app.Store.Stories, app.Store.RejectedBlobs).ListStoriesAsync(None);
}
