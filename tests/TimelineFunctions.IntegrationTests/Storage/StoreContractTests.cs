using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.IntegrationTests.Storage;

/// <summary>The behaviour every store shares, run against each implementation by a subclass.</summary>
/// <remarks>
/// Behaviour only one store has (row keys, leftover rows, hostile keys in table filters) is tested in that store's own class.
/// </remarks>
public abstract class StoreContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A store with nothing in it, of its own.</summary>
    protected abstract Task<StoreUnderTest> CreateStoreAsync();

    [Fact]
    public async Task A_new_version_replaces_the_old_versions_contributions()
    {
        var store = await CreateStoreAsync();
        await store.Articles.SaveArticleAsync(Article("v1"), Events("v1", 2), [], None);
        await store.Articles.SaveArticleAsync(Article("v2"), Events("v2", 1), [], None);

        var contents = await store.Stories.GetStoryContentsAsync("demo", None);

        Assert.Equal(["v2-0"], contents.Events.Select(e => e.Summary));
        Assert.Equal("v2", Assert.Single(contents.Articles).ContentHash);
        Assert.Equal("text v2", (await store.Stories.GetArticleDetailAsync("demo", "a.txt", None))!.CleanedText);
        Assert.Null((await store.Articles.GetArticleAsync("demo", "a.txt", None))!.CleanedText);
    }

    [Fact]
    public async Task An_older_blob_does_not_replace_a_newer_one()
    {
        var store = await CreateStoreAsync();
        await store.Articles.SaveArticleAsync(Article("new", modified: 10), Events("new", 1), [], None);
        await store.Articles.SaveArticleAsync(Article("old", modified: 9), Events("old", 1), [], None);

        var contents = await store.Stories.GetStoryContentsAsync("demo", None);

        Assert.Equal(["new-0"], contents.Events.Select(e => e.Summary));
        Assert.Equal("new", (await store.Articles.GetArticleAsync("demo", "a.txt", None))!.ContentHash);
    }

    [Fact]
    public async Task Saving_the_same_version_again_is_idempotent()
    {
        var store = await CreateStoreAsync();
        await store.Articles.SaveArticleAsync(Article("v1"), Events("v1", 1), [], None);
        await store.Articles.SaveArticleAsync(Article("v1"), Events("v1", 1), [], None);

        Assert.Single((await store.Stories.GetStoryContentsAsync("demo", None)).Events);
        Assert.Equal(["demo"], (await store.Stories.ListStoriesAsync(None)).Select(s => s.Id));
    }

    [Fact]
    public async Task Concurrent_duplicate_deliveries_of_one_version_store_it_once()
    {
        var store = await CreateStoreAsync();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            store.Articles.SaveArticleAsync(Article("same", modified: 1), Events("same", 5), [], None))));

        var contents = await store.Stories.GetStoryContentsAsync("demo", None);
        Assert.Single(contents.Articles);
        Assert.Equal(5, contents.Events.Count);
    }

    [Fact]
    public async Task Concurrent_saves_of_several_versions_converge_on_the_newest()
    {
        var store = await CreateStoreAsync();
        await Task.WhenAll(Enumerable.Range(1, 8).Select(v => Task.Run(() =>
            store.Articles.SaveArticleAsync(Article($"v{v}", modified: v), Events($"v{v}", v), [], None))));

        var contents = await store.Stories.GetStoryContentsAsync("demo", None);
        Assert.Equal("v8", Assert.Single(contents.Articles).ContentHash);
        Assert.Equal(8, contents.Events.Count);
    }

    [Fact]
    public async Task A_rejected_article_contributes_nothing()
    {
        var store = await CreateStoreAsync();
        await store.Articles.SaveArticleAsync(Article("v1"), Events("v1", 1), [], None);
        await store.Articles.SaveArticleAsync(Article("v2", status: ArticleStatus.Rejected), [], [], None);

        var contents = await store.Stories.GetStoryContentsAsync("demo", None);

        Assert.Empty(contents.Events);
        Assert.Equal(ArticleStatus.Rejected, Assert.Single(contents.Articles).Status);
    }

    [Fact]
    public async Task Unknown_stories_and_articles_are_null_and_rejected_blobs_are_listed()
    {
        var store = await CreateStoreAsync();
        await store.RejectedBlobs.RecordRejectedBlobAsync(new RejectedBlob("Bad Folder/x.txt", "invalid-story-id", "no", DateTimeOffset.UnixEpoch), None);

        Assert.Null(await store.Stories.GetStoryAsync("demo", None));
        Assert.Null(await store.Stories.GetArticleDetailAsync("demo", "a.txt", None));
        Assert.Equal("invalid-story-id", Assert.Single(await store.RejectedBlobs.ListRejectedBlobsAsync(None)).Code);
    }

    [Fact]
    public async Task A_plans_announcement_and_planned_dates_round_trip_with_its_actors_attribution_and_trigger()
    {
        var store = await CreateStoreAsync();
        var planned = new EventDateInfo("2024-03-28", "day", new DateOnly(2024, 3, 28), new DateOnly(2024, 3, 28), ["March 28"]);
        var plan = Events("h", 1)[0] with
        {
            Type = "plan",
            PlannedFor = planned,
            Actors = [new EventActor("lewis-kaplan", "Lewis Kaplan", "person", "agent")],
            Attribution = "the court",
            Trigger = "is scheduled to be sentenced",
        };
        await store.Articles.SaveArticleAsync(Article("h", modified: 1), [plan], [], None);

        var stored = Assert.Single((await store.Stories.GetStoryContentsAsync("demo", None)).Events);
        Assert.Equal(("2024-03-28", "day", new DateOnly(2024, 3, 28)), (stored.PlannedFor!.Value, stored.PlannedFor.Granularity, stored.PlannedFor.Start));
        Assert.Equal(["March 28"], stored.PlannedFor.Texts);
        Assert.Equal((plan.Date!.Value, plan.Date.Start), (stored.Date!.Value, stored.Date.Start));
        Assert.Equal(("lewis-kaplan", "the court"), (Assert.Single(stored.Actors).Id, stored.Attribution));
        Assert.Equal("is scheduled to be sentenced", stored.Trigger);
    }

    [Fact]
    public async Task An_undated_reports_named_weekday_round_trips()
    {
        var store = await CreateStoreAsync();
        var report = Events("h", 1)[0] with { Date = null, NamedWeekday = "Tuesday" };
        await store.Articles.SaveArticleAsync(Article("h", modified: 1), [report], [], None);

        var stored = Assert.Single((await store.Stories.GetStoryContentsAsync("demo", None)).Events);
        Assert.Equal((null, "Tuesday"), (stored.Date, stored.NamedWeekday));
    }

    [Fact]
    public async Task An_undated_reports_named_day_and_page_day_round_trip()
    {
        var store = await CreateStoreAsync();
        var report = Events("h", 1)[0] with { Date = null, NamedDay = "11-27" };
        var weekday = Events("h", 2)[1] with { Date = null, NamedWeekday = "Monday", PageDay = "10-13" };
        await store.Articles.SaveArticleAsync(Article("h", modified: 1), [report, weekday], [], None);

        var stored = (await store.Stories.GetStoryContentsAsync("demo", None)).Events.OrderBy(e => e.Ordinal).ToList();
        Assert.Equal((null, "11-27", null), (stored[0].Date, stored[0].NamedDay, stored[0].PageDay));
        Assert.Equal((null, "Monday", "10-13"), (stored[1].Date, stored[1].NamedWeekday, stored[1].PageDay));
    }

    [Fact]
    public async Task An_actors_guessed_type_mark_round_trips()
    {
        var store = await CreateStoreAsync();
        ActorContribution Actor(string id, bool guess) =>
            new() { StoryId = "demo", ArticleId = "a.txt", ContentHash = "h", ActorId = id, Name = id, Type = "person", TypeIsGuess = guess };
        await store.Articles.SaveArticleAsync(Article("h", modified: 1), [], [Actor("ida-lind", false), Actor("quillon-freight", true)], None);

        var stored = (await store.Stories.GetStoryContentsAsync("demo", None)).Actors.OrderBy(a => a.ActorId, StringComparer.Ordinal).ToList();
        Assert.Equal([false, true], stored.Select(a => a.TypeIsGuess));
    }

    [Fact]
    public async Task A_reports_chronology_mark_round_trips()
    {
        var store = await CreateStoreAsync();
        var reports = Events("h", 2);
        await store.Articles.SaveArticleAsync(Article("h", modified: 1), [reports[0] with { InChronology = true }, reports[1]], [], None);

        var stored = (await store.Stories.GetStoryContentsAsync("demo", None)).Events.OrderBy(e => e.Ordinal).ToList();
        Assert.Equal([true, false], stored.Select(e => e.InChronology));
    }

    [Fact]
    public async Task Article_detail_larger_than_a_table_property_round_trips()
    {
        var store = await CreateStoreAsync();
        var text = string.Concat(Enumerable.Repeat("A long paragraph of cleaned article text. ", 5000)); // ~210,000 characters
        await store.Articles.SaveArticleAsync(Article("h", modified: 1) with { CleanedText = text }, [], [], None);

        var detail = await store.Stories.GetArticleDetailAsync("demo", "a.txt", None);
        Assert.Equal(text, detail!.CleanedText);
    }

    [Fact]
    public async Task A_withdrawn_version_stays_withdrawn_when_saved_again_and_a_new_version_replaces_it()
    {
        var store = await CreateStoreAsync();
        await store.Articles.SaveArticleAsync(Article("v1"), Events("v1", 1), [], None);

        var before = await store.Articles.WithdrawArticleAsync("demo", "a.txt", Withdrawal.ThroughApi(DateTimeOffset.UnixEpoch), None);
        Assert.Equal(ArticleStatus.Processed, before!.Status);
        var again = await store.Articles.SaveArticleAsync(Article("v1"), Events("v1", 1), [], None);

        Assert.False(again.Switched);
        var contents = await store.Stories.GetStoryContentsAsync("demo", None);
        Assert.Equal(ArticleStatus.Withdrawn, Assert.Single(contents.Articles).Status);
        Assert.Empty(contents.Events);

        var changed = await store.Articles.SaveArticleAsync(Article("v2"), Events("v2", 1), [], None);
        Assert.True(changed.Switched);
        Assert.Equal(ArticleStatus.Withdrawn, changed.Replaced!.Status);
        Assert.Single((await store.Stories.GetStoryContentsAsync("demo", None)).Events);
        Assert.Null(await store.Articles.WithdrawArticleAsync("demo", "nope", Withdrawal.ThroughApi(DateTimeOffset.UnixEpoch), None));
    }

    [Fact]
    public async Task Removing_takes_only_the_named_blobs_article_and_the_version_keeps_its_contributions_until_then()
    {
        var store = await CreateStoreAsync();
        await store.Articles.SaveArticleAsync(Article("v1"), Events("v1", 1), [], None);

        var version = await store.Articles.GetArticleVersionAsync("demo", "a.txt", None);
        Assert.Single(version!.Events);
        Assert.Equal("text v1", version.Article.CleanedText);

        Assert.Null(await store.Articles.RemoveArticleAsync("demo", "a.txt", "other/a.txt", None));
        Assert.NotNull(await store.Articles.RemoveArticleAsync("demo", "a.txt", "demo/a.txt", None));
        Assert.Null(await store.Articles.GetArticleAsync("demo", "a.txt", None));
        Assert.Empty((await store.Stories.GetStoryContentsAsync("demo", None)).Events);
    }

    [Fact]
    public async Task A_failed_newer_version_is_noted_beside_the_current_one_and_an_older_one_is_not()
    {
        var store = await CreateStoreAsync();
        await store.Articles.SaveArticleAsync(Article("v1", modified: 5), Events("v1", 1), [], None);

        Assert.False(await store.Articles.RecordFailedVersionAsync("demo", "a.txt", Failure("v0", modified: 4), None));
        Assert.False(await store.Articles.RecordFailedVersionAsync("demo", "nope", Failure("v2", modified: 6), None));
        Assert.True(await store.Articles.RecordFailedVersionAsync("demo", "a.txt", Failure("v2", modified: 6), None));

        var stored = await store.Articles.GetArticleAsync("demo", "a.txt", None);
        Assert.Equal(("v1", "v2"), (stored!.ContentHash, stored.FailedVersion!.ContentHash));
        Assert.Single((await store.Stories.GetStoryContentsAsync("demo", None)).Events);
    }

    [Fact]
    public async Task The_first_assignment_of_a_blob_wins_until_a_move_replaces_it()
    {
        var store = await CreateStoreAsync();
        var first = await store.Assignments.AddAssignmentAsync(new BlobAssignment("x.txt", "one", StoryAssignmentMethods.Automatic, 0.5, "r"), None);
        var second = await store.Assignments.AddAssignmentAsync(new BlobAssignment("x.txt", "two", StoryAssignmentMethods.Automatic, 0.9, "r"), None);
        Assert.Equal("one", first.StoryId);
        Assert.Equal("one", second.StoryId);

        await store.Assignments.SetAssignmentAsync(new BlobAssignment("x.txt", "three", StoryAssignmentMethods.Manual, null, "moved", "one"), None);
        Assert.Equal(("three", "one"), ((await store.Assignments.GetAssignmentAsync("x.txt", None))!.StoryId, (await store.Assignments.GetAssignmentAsync("x.txt", None))!.MovedFrom));
    }

    [Fact]
    public async Task A_redirected_story_without_articles_leaves_the_story_list()
    {
        var store = await CreateStoreAsync();
        await store.Articles.SaveArticleAsync(Article("v1"), Events("v1", 1), [], None);
        await store.Profiles.UpdateProfileAsync("demo", p => p.Apply(null, ["person:x"]), None);
        await store.Articles.RemoveArticleAsync("demo", "a.txt", "demo/a.txt", None);
        await store.Profiles.UpdateProfileAsync("demo", p => p.Apply(["person:x"], null) with { MergedInto = "other" }, None);

        Assert.Empty(await store.Stories.ListStoriesAsync(None));
        Assert.Equal("other", Assert.Single(await store.Profiles.ListProfilesAsync(None)).MergedInto);
    }

    private static ArticleRecord Article(string hash, int? modified = null, ArticleStatus status = ArticleStatus.Processed) => new()
    {
        StoryId = "demo",
        ArticleId = "a.txt",
        BlobName = "demo/a.txt",
        ContentHash = hash,
        Status = status,
        ProcessedAt = DateTimeOffset.UnixEpoch,
        BlobLastModified = modified is { } minutes ? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes) : null,
        CleanedText = $"text {hash}",
    };

    private static FailedVersion Failure(string hash, int modified) =>
        new(hash, DateTimeOffset.UnixEpoch, "failed", "Every delivery attempt failed.", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(modified));

    private static List<EventContribution> Events(string hash, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EventContribution
        {
            StoryId = "demo",
            ArticleId = "a.txt",
            ContentHash = hash,
            Ordinal = i,
            Type = "report",
            Summary = $"{hash}-{i}",
            Quote = $"{hash}-{i} happened.",
            Date = new EventDateInfo($"2024-01-{i + 1:00}", "day", new DateOnly(2024, 1, i + 1), new DateOnly(2024, 1, i + 1), [$"2024-01-{i + 1:00}"]),
        })];
}
