using TimelineFunctions.IntegrationTests.Infrastructure;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.IntegrationTests.LocalTrigger;

/// <summary>The handler's local blob trigger against real Azurite: delivery, receipts, changes and poison.</summary>
public sealed class LocalBlobTriggerTests(TriggeredHandlerFixture fixture) : IClassFixture<TriggeredHandlerFixture>
{
    private HandlerProcess Handler => fixture.Handler;

    [Fact]
    public async Task Uploaded_blob_reaches_the_timeline()
    {
        await Articles.UploadAsync(Handler, "trigger-new/a.txt", "Rescuers reached the village on 2024-02-10.");
        var timeline = await Handler.WaitForJsonAsync("/api/stories/trigger-new/timeline", t => t.GetProperty("events").GetArrayLength() == 1);
        Assert.Equal("2024-02-10", timeline.GetProperty("events")[0].GetProperty("date").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Uploading_the_same_article_again_changes_nothing()
    {
        const string text = "The bridge closed on 2024-03-26.\nIt reopened on 2024-06-10.";
        await Articles.UploadAsync(Handler, "trigger-twice/a.txt", text);
        var first = await Handler.WaitForJsonAsync("/api/stories/trigger-twice/timeline", t => t.GetProperty("events").GetArrayLength() == 2);

        await Articles.UploadAsync(Handler, "trigger-twice/a.txt", text); // a new blob version with the same bytes
        await WaitForReceiptAsync("trigger-twice/a.txt", attemptsAtLeast: 1, newerThan: DateTimeOffset.UtcNow.AddSeconds(-1));
        var second = await Handler.GetJsonAsync("/api/stories/trigger-twice/timeline");

        Assert.Equal(first.GetProperty("events").GetRawText(), second.GetProperty("events").GetRawText());
        Assert.Equal(1, second.GetProperty("story").GetProperty("articleCount").GetInt32());
    }

    [Fact]
    public async Task Changed_blob_replaces_exactly_its_own_contributions()
    {
        await Articles.UploadAsync(Handler, "trigger-change/other.txt", "Unrelated talks took place on 2019-01-01.");
        await Articles.UploadAsync(Handler, "trigger-change/a.txt", "The vote was held on 2024-05-01.");
        await Handler.WaitForJsonAsync("/api/stories/trigger-change/timeline", t => t.GetProperty("events").GetArrayLength() == 2);

        await Articles.UploadAsync(Handler, "trigger-change/a.txt", "Correction: the vote was held on 2024-05-02.");
        var timeline = await Handler.WaitForJsonAsync("/api/stories/trigger-change/timeline", t =>
            t.GetProperty("events").EnumerateArray().Any(e => e.GetProperty("date").GetProperty("value").GetString() == "2024-05-02"));

        var dates = timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("value").GetString()).ToList();
        Assert.Equal(["2019-01-01", "2024-05-02"], dates);
    }

    [Fact]
    public async Task A_restart_does_not_deliver_versions_it_already_delivered()
    {
        await Articles.UploadAsync(Handler, "trigger-restart/a.txt", "The strike began on 2023-09-15.");
        await Handler.WaitForJsonAsync("/api/stories/trigger-restart/timeline", t => t.GetProperty("events").GetArrayLength() == 1);
        var before = await ReceiptAsync("trigger-restart/a.txt");

        await Handler.RestartAsync();
        await Articles.UploadAsync(Handler, "trigger-restart/b.txt", "The strike ended on 2023-10-01.");
        await Handler.WaitForJsonAsync("/api/stories/trigger-restart/timeline", t => t.GetProperty("events").GetArrayLength() == 2);

        var after = await ReceiptAsync("trigger-restart/a.txt");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_version_that_fails_five_times_is_poison_and_visible_with_its_reason()
    {
        // A handler whose trigger posts to a path nothing serves: every delivery fails, as a crashing function would.
        await using var broken = await HandlerProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["LocalTrigger__Enabled"] = "true",
            ["LocalTrigger__HandlerUrl"] = "http://127.0.0.1:1/unreachable/",
        });
        await Articles.UploadAsync(broken, "trigger-poison/a.txt", "Text dated 2020-01-01.");

        var articles = await broken.WaitForJsonAsync("/api/stories/trigger-poison/articles", a => a.GetProperty("articles").GetArrayLength() == 1);
        var article = articles.GetProperty("articles")[0];
        Assert.Equal("failed", article.GetProperty("status").GetString());
        Assert.Equal("poison", article.GetProperty("reasonCode").GetString());
        Assert.Contains("5 times", article.GetProperty("reason").GetString());

        var receipt = (await new TriggerReceipts(broken.Storage.Clients).LoadAllAsync(CancellationToken.None))["trigger-poison/a.txt"];
        Assert.Equal(ReceiptStatus.Poison, receipt.Status);
        Assert.Equal(5, receipt.Attempts);
    }

    private async Task<TriggerReceipt> ReceiptAsync(string blobName) =>
        (await new TriggerReceipts(Handler.Storage.Clients).LoadAllAsync(CancellationToken.None))[blobName];

    private async Task WaitForReceiptAsync(string blobName, int attemptsAtLeast, DateTimeOffset newerThan)
    {
        var receipts = new TriggerReceipts(Handler.Storage.Clients);
        for (var i = 0; i < 300; i++)
        {
            if ((await receipts.LoadAllAsync(CancellationToken.None)).TryGetValue(blobName, out var r)
                && r.Attempts >= attemptsAtLeast && r.UpdatedAt > newerThan && r.Status == ReceiptStatus.Done)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No fresh receipt for {blobName}.\n{Handler.Output}");
    }
}
