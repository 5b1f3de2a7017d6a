using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Storage;

/// <summary>
/// The new store queries (assignment index, profiles, withdraw, move) with hostile values: each one is a key or
/// a parameterised filter value, so it matches only itself.
/// </summary>
public sealed class StoryStoreHostileInputTests
{
    public static TheoryData<string> HostileValues => new()
    {
        "x' or PartitionKey ne 'x",
        "') or (1 eq 1",
        "a%27b%",
        " or ",
        "tab\there\u0001ctrl",
        new string('\'', 900),
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task Hostile_ids_on_withdraw_remove_and_version_queries_touch_nothing(string hostile)
    {
        var app = await StoreHarness.CreateAsync();
        await app.Ingest.IngestAsync(SyntheticArticles.Request("safe/a.txt", SyntheticArticles.Text(1)), CancellationToken.None);
        var before = await app.DumpAsync();

        Assert.Null(await app.Store.Articles.WithdrawArticleAsync("safe", hostile, Withdrawal.ThroughApi(DateTimeOffset.UtcNow), CancellationToken.None));
        Assert.Null(await app.Store.Articles.WithdrawArticleAsync(hostile, "a.txt", Withdrawal.ThroughApi(DateTimeOffset.UtcNow), CancellationToken.None));
        Assert.Null(await app.Store.Articles.RemoveArticleAsync("safe", hostile, "safe/a.txt", CancellationToken.None));
        Assert.Null(await app.Store.Articles.RemoveArticleAsync(hostile, "a.txt", hostile, CancellationToken.None));
        Assert.Null(await app.Store.Articles.GetArticleVersionAsync(hostile, "a.txt", CancellationToken.None));
        Assert.Null(await app.Store.Articles.GetArticleVersionAsync("safe", hostile, CancellationToken.None));
        Assert.Null(await app.Store.Assignments.GetAssignmentAsync(hostile, CancellationToken.None));

        Assert.Equal(before, await app.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task A_root_blob_with_a_hostile_name_is_placed_once_and_found_again(string hostile)
    {
        var app = await StoreHarness.CreateAsync();
        var name = hostile.Replace("/", "", StringComparison.Ordinal) + ".txt";
        var first = await app.Ingest.IngestAsync(SyntheticArticles.Request(name, SyntheticArticles.Text(7)), CancellationToken.None);
        var again = await app.Ingest.IngestAsync(SyntheticArticles.Request(name, SyntheticArticles.Text(7)), CancellationToken.None);

        if (ArticleLocation.UnusableName(name) is not null)
        {
            // Control characters: a name that cannot be an article's is rejected with its reason, and placed nowhere.
            Assert.Equal(IngestOutcome.Rejected, first.Outcome);
            Assert.Equal(IngestOutcome.Rejected, again.Outcome);
            Assert.Contains(await app.Store.RejectedBlobs.ListRejectedBlobsAsync(CancellationToken.None), b => b.BlobName == name);
            Assert.Null(await app.Store.Assignments.GetAssignmentAsync(name, CancellationToken.None));
            return;
        }

        Assert.Equal(IngestOutcome.Processed, first.Outcome);
        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.StoryId, again.StoryId);
        var assignment = await app.Store.Assignments.GetAssignmentAsync(name, CancellationToken.None);
        Assert.Equal(first.StoryId, assignment!.StoryId);
        Assert.Equal(StoryAssignmentMethods.Automatic, assignment.Method);
        Assert.True(StoryId.TryNormalize(first.StoryId, out _, out _));
    }
}
