using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Ingest;

/// <summary>
/// A move that died halfway is finished by the blob's next delivery (or by repeating the move), whichever step it
/// died after: the article ends in the target story only, with its contributions.
/// </summary>
public sealed class MoveRepairTests
{
    [Fact]
    public async Task A_move_that_died_after_recording_the_assignment_is_finished_by_the_next_delivery()
    {
        var app = await StoreHarness.CreateAsync();
        var request = SyntheticArticles.Request("repair-from/a.txt", SyntheticArticles.Text(1));
        await app.Ingest.IngestAsync(request, CancellationToken.None);

        // Step 1 only: the index names the target; nothing was copied or removed.
        await app.Store.Assignments.SetAssignmentAsync(new BlobAssignment("repair-from/a.txt", "repair-to", StoryAssignmentMethods.Manual, null, "moved", "repair-from"), CancellationToken.None);

        var redelivered = await app.Ingest.IngestAsync(request, CancellationToken.None);

        Assert.Equal(IngestOutcome.Processed, redelivered.Outcome);
        await AssertOnlyInTargetAsync(app);
    }

    [Fact]
    public async Task A_move_that_died_after_copying_is_finished_by_the_next_delivery_or_by_repeating_it()
    {
        foreach (var repairByDelivery in new[] { true, false })
        {
            var app = await StoreHarness.CreateAsync();
            var request = SyntheticArticles.Request("repair-from/a.txt", SyntheticArticles.Text(1));
            await app.Ingest.IngestAsync(request, CancellationToken.None);

            // Steps 1 and 2: the index names the target and the version was saved there; the source still holds it.
            await app.Store.Assignments.SetAssignmentAsync(new BlobAssignment("repair-from/a.txt", "repair-to", StoryAssignmentMethods.Manual, null, "moved", "repair-from"), CancellationToken.None);
            var version = (await app.Store.Articles.GetArticleVersionAsync("repair-from", "a.txt", CancellationToken.None))!;
            await app.Store.Articles.SaveArticleAsync(
                version.Article with { StoryId = "repair-to", Assignment = new StoryAssignment(StoryAssignmentMethods.Manual, null, "moved") },
                [.. version.Events.Select(e => e with { StoryId = "repair-to" })],
                [.. version.Actors.Select(a => a with { StoryId = "repair-to" })],
                CancellationToken.None);

            if (repairByDelivery)
            {
                Assert.Equal(IngestOutcome.Unchanged, (await app.Ingest.IngestAsync(request, CancellationToken.None)).Outcome);
            }
            else
            {
                Assert.Equal(MoveOutcome.Moved, await app.Commands.MoveAsync("repair-from", "a.txt", "repair-to", CancellationToken.None));
            }

            await AssertOnlyInTargetAsync(app);
        }
    }

    private static async Task AssertOnlyInTargetAsync(StoreHarness app)
    {
        var source = await app.Store.Stories.GetStoryContentsAsync("repair-from", CancellationToken.None);
        var target = await app.Store.Stories.GetStoryContentsAsync("repair-to", CancellationToken.None);
        Assert.Empty(source.Articles);
        Assert.Empty(source.Events);
        Assert.DoesNotContain(await app.DumpAsync(), r => r.Contains("/repair-from/", StringComparison.Ordinal) && r.Contains("|a.txt", StringComparison.Ordinal));
        var article = Assert.Single(target.Articles);
        Assert.Equal(ArticleStatus.Processed, article.Status);
        Assert.Equal(article.EventCount, target.Events.Count);
        Assert.True(article.EventCount > 0);
    }
}
