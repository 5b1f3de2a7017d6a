using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Evaluation.InMemory;

namespace TimelineFunctions.Evaluation.Tests;

/// <summary>The in-memory store's withdraw, remove, assignment index and profiles behave as the table store's do.</summary>
public class InMemoryStoryCommandsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_withdrawn_version_stays_withdrawn_when_saved_again_and_a_new_version_replaces_it()
    {
        var store = new InMemoryTimelineStore();
        await store.SaveArticleAsync(Article("v1"), [Contribution("v1")], [], None);

        var before = await store.WithdrawArticleAsync("demo", "a.txt", DateTimeOffset.UnixEpoch, None);
        Assert.Equal(ArticleStatus.Processed, before!.Status);
        var again = await store.SaveArticleAsync(Article("v1"), [Contribution("v1")], [], None);

        Assert.False(again.Switched);
        var contents = await store.GetStoryContentsAsync("demo", None);
        Assert.Equal(ArticleStatus.Withdrawn, Assert.Single(contents.Articles).Status);
        Assert.Empty(contents.Events);

        var changed = await store.SaveArticleAsync(Article("v2"), [Contribution("v2")], [], None);
        Assert.True(changed.Switched);
        Assert.Equal(ArticleStatus.Withdrawn, changed.Replaced!.Status);
        Assert.Single((await store.GetStoryContentsAsync("demo", None)).Events);
        Assert.Null(await store.WithdrawArticleAsync("demo", "nope", DateTimeOffset.UnixEpoch, None));
    }

    [Fact]
    public async Task Removing_takes_only_the_named_blobs_article_and_the_version_keeps_its_contributions_until_then()
    {
        var store = new InMemoryTimelineStore();
        await store.SaveArticleAsync(Article("v1"), [Contribution("v1")], [], None);

        var version = await store.GetArticleVersionAsync("demo", "a.txt", None);
        Assert.Single(version!.Events);
        Assert.Equal("text v1", version.Article.CleanedText);

        Assert.Null(await store.RemoveArticleAsync("demo", "a.txt", "other/a.txt", None));
        Assert.NotNull(await store.RemoveArticleAsync("demo", "a.txt", "demo/a.txt", None));
        Assert.Null(await store.GetArticleAsync("demo", "a.txt", None));
        Assert.Empty((await store.GetStoryContentsAsync("demo", None)).Events);
    }

    [Fact]
    public async Task The_first_assignment_of_a_blob_wins_until_a_move_replaces_it()
    {
        var store = new InMemoryTimelineStore();
        var first = await store.AddAssignmentAsync(new BlobAssignment("x.txt", "one", StoryAssignmentMethods.Automatic, 0.5, "r"), None);
        var second = await store.AddAssignmentAsync(new BlobAssignment("x.txt", "two", StoryAssignmentMethods.Automatic, 0.9, "r"), None);
        Assert.Equal("one", first.StoryId);
        Assert.Equal("one", second.StoryId);

        await store.SetAssignmentAsync(new BlobAssignment("x.txt", "three", StoryAssignmentMethods.Manual, null, "moved", "one"), None);
        Assert.Equal(("three", "one"), ((await store.GetAssignmentAsync("x.txt", None))!.StoryId, (await store.GetAssignmentAsync("x.txt", None))!.MovedFrom));
    }

    [Fact]
    public async Task A_folded_story_without_articles_leaves_the_story_list()
    {
        var store = new InMemoryTimelineStore();
        await store.SaveArticleAsync(Article("v1"), [Contribution("v1")], [], None);
        await store.UpdateProfileAsync("demo", p => p.Apply(null, ["person:x"]), None);
        await store.RemoveArticleAsync("demo", "a.txt", "demo/a.txt", None);
        await store.UpdateProfileAsync("demo", p => p.Apply(["person:x"], null) with { MergedInto = "other" }, None);

        Assert.Empty(await store.ListStoriesAsync(None));
        Assert.Equal("other", Assert.Single(await store.ListProfilesAsync(None)).MergedInto);
    }

    private static ArticleRecord Article(string hash) => new()
    {
        StoryId = "demo",
        ArticleId = "a.txt",
        BlobName = "demo/a.txt",
        ContentHash = hash,
        Status = ArticleStatus.Processed,
        CleanedText = $"text {hash}",
    };

    private static EventContribution Contribution(string hash) => new()
    {
        StoryId = "demo",
        ArticleId = "a.txt",
        ContentHash = hash,
        Ordinal = 0,
        Type = "other",
        Summary = hash,
        Quote = hash,
    };
}
