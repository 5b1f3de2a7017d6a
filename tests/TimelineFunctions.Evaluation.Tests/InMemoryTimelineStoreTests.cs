using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Evaluation.InMemory;

namespace TimelineFunctions.Evaluation.Tests;

public class InMemoryTimelineStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ArticleRecord Article(string hash, DateTimeOffset? modified = null, ArticleStatus status = ArticleStatus.Processed) => new()
    {
        StoryId = "demo",
        ArticleId = "01-alpha.txt",
        BlobName = "demo/01-alpha.txt",
        ContentHash = hash,
        Status = status,
        BlobLastModified = modified,
        CleanedText = $"text {hash}",
    };

    private static EventContribution Contribution(string hash, int ordinal) => new()
    {
        StoryId = "demo",
        ArticleId = "01-alpha.txt",
        ContentHash = hash,
        Ordinal = ordinal,
        Type = "other",
        Summary = $"{hash}-{ordinal}",
        Quote = $"{hash}-{ordinal}",
    };

    [Fact]
    public async Task A_new_version_replaces_the_old_versions_contributions()
    {
        var store = new InMemoryTimelineStore();
        await store.SaveArticleAsync(Article("v1"), [Contribution("v1", 0), Contribution("v1", 1)], [], None);
        await store.SaveArticleAsync(Article("v2"), [Contribution("v2", 0)], [], None);

        var contents = await store.GetStoryContentsAsync("demo", None);

        Assert.Equal(["v2-0"], contents.Events.Select(e => e.Summary));
        Assert.Equal("v2", Assert.Single(contents.Articles).ContentHash);
        Assert.Equal("text v2", (await store.GetArticleDetailAsync("demo", "01-alpha.txt", None))!.CleanedText);
        Assert.Null((await store.GetArticleAsync("demo", "01-alpha.txt", None))!.CleanedText);
    }

    [Fact]
    public async Task An_older_blob_does_not_replace_a_newer_one()
    {
        var store = new InMemoryTimelineStore();
        var now = DateTimeOffset.UnixEpoch.AddDays(10);
        await store.SaveArticleAsync(Article("new", now), [Contribution("new", 0)], [], None);
        await store.SaveArticleAsync(Article("old", now.AddDays(-1)), [Contribution("old", 0)], [], None);

        var contents = await store.GetStoryContentsAsync("demo", None);

        Assert.Equal(["new-0"], contents.Events.Select(e => e.Summary));
        Assert.Equal("new", (await store.GetArticleAsync("demo", "01-alpha.txt", None))!.ContentHash);
    }

    [Fact]
    public async Task Saving_the_same_version_again_is_idempotent()
    {
        var store = new InMemoryTimelineStore();
        await store.SaveArticleAsync(Article("v1"), [Contribution("v1", 0)], [], None);
        await store.SaveArticleAsync(Article("v1"), [Contribution("v1", 0)], [], None);

        Assert.Single((await store.GetStoryContentsAsync("demo", None)).Events);
        Assert.Equal(["demo"], (await store.ListStoriesAsync(None)).Select(s => s.Id));
    }

    [Fact]
    public async Task A_rejected_article_contributes_nothing()
    {
        var store = new InMemoryTimelineStore();
        await store.SaveArticleAsync(Article("v1"), [Contribution("v1", 0)], [], None);
        await store.SaveArticleAsync(Article("v2", status: ArticleStatus.Rejected), [], [], None);

        var contents = await store.GetStoryContentsAsync("demo", None);

        Assert.Empty(contents.Events);
        Assert.Equal(ArticleStatus.Rejected, Assert.Single(contents.Articles).Status);
    }

    [Fact]
    public async Task Unknown_stories_and_articles_are_null_and_rejected_blobs_are_listed()
    {
        var store = new InMemoryTimelineStore();
        await store.RecordRejectedBlobAsync(new Application.Ports.RejectedBlob("Bad Folder/x.txt", "invalid-story-id", "no", DateTimeOffset.UnixEpoch), None);

        Assert.Null(await store.GetStoryAsync("demo", None));
        Assert.Null(await store.GetArticleDetailAsync("demo", "01-alpha.txt", None));
        Assert.Equal("invalid-story-id", Assert.Single(await store.ListRejectedBlobsAsync(None)).Code);
    }
}
