using TimelineFunctions.IntegrationTests.Infrastructure;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.IntegrationTests.Cli;

/// <summary>
/// The local stand-in for Event Grid (<c>timeline notify</c>) with the app under the real host: each new blob
/// version is notified once, across restarts, and every uploaded article reaches the timeline.
/// </summary>
public sealed class NotifierTests(NotifiedFunctionAppFixture fixture) : IClassFixture<NotifiedFunctionAppFixture>
{
    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task Uploaded_blob_reaches_the_timeline()
    {
        await Articles.UploadAsync(App, "notify-new/a.txt", "Rescuers reached the village on 2024-02-10.");
        var timeline = await App.WaitForJsonAsync("/api/stories/notify-new/timeline", t => t.GetProperty("events").GetArrayLength() == 1);
        Assert.Equal("2024-02-10", timeline.GetProperty("events")[0].GetProperty("date").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Uploading_the_same_article_again_changes_nothing()
    {
        const string text = "The bridge closed on 2024-03-26.\nIt reopened on 2024-06-10.";
        await Articles.UploadAsync(App, "notify-twice/a.txt", text);
        var first = await App.WaitForJsonAsync("/api/stories/notify-twice/timeline", t => t.GetProperty("events").GetArrayLength() == 2);
        var before = await ReceiptAsync("notify-twice/a.txt");

        await Articles.UploadAsync(App, "notify-twice/a.txt", text); // a new blob version with the same bytes
        await App.WaitUntilAsync(async () => (await ReceiptAsync("notify-twice/a.txt")).ETag != before.ETag);
        var executions = App.Executions("IngestArticle", "Succeeded");
        await App.WaitUntilAsync(() => Task.FromResult(App.Executions("IngestArticle", "Succeeded") >= executions));

        var second = await App.GetJsonAsync("/api/stories/notify-twice/timeline");
        Assert.Equal(first.GetProperty("events").GetRawText(), second.GetProperty("events").GetRawText());
        Assert.Equal(1, second.GetProperty("story").GetProperty("articleCount").GetInt32());
    }

    [Fact]
    public async Task Changed_blob_replaces_exactly_its_own_contributions()
    {
        // Within a year of the vote: an older event that nothing ties to the story would be left off (OffStoryBackground).
        await Articles.UploadAsync(App, "notify-change/other.txt", "Unrelated talks took place on 2024-01-01.");
        await Articles.UploadAsync(App, "notify-change/a.txt", "The vote was held on 2024-05-01.");
        await App.WaitForJsonAsync("/api/stories/notify-change/timeline", t => t.GetProperty("events").GetArrayLength() == 2);

        await Articles.UploadAsync(App, "notify-change/a.txt", "Correction: the vote was held on 2024-05-02.");
        var timeline = await App.WaitForJsonAsync("/api/stories/notify-change/timeline", t =>
            t.GetProperty("events").EnumerateArray().Any(e => e.GetProperty("date").GetProperty("value").GetString() == "2024-05-02"));

        var dates = timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("value").GetString()).ToList();
        Assert.Equal(["2024-01-01", "2024-05-02"], dates);
    }

    [Fact]
    public async Task A_restart_does_not_notify_versions_it_already_notified()
    {
        await Articles.UploadAsync(App, "notify-restart/a.txt", "The strike began on 2023-09-15.");
        await App.WaitForJsonAsync("/api/stories/notify-restart/timeline", t => t.GetProperty("events").GetArrayLength() == 1);
        var before = await ReceiptAsync("notify-restart/a.txt");

        await App.RestartAsync();
        await Articles.UploadAsync(App, "notify-restart/b.txt", "The strike ended on 2023-10-01.");
        await App.WaitForJsonAsync("/api/stories/notify-restart/timeline", t => t.GetProperty("events").GetArrayLength() == 2);

        Assert.Equal(before, await ReceiptAsync("notify-restart/a.txt"));
    }

    [Fact]
    public async Task Blobs_in_folders_that_cannot_be_stories_are_recorded_as_rejected_and_never_stall_the_others()
    {
        string[] hostile = ["Bad Folder!/a.txt", "unsorted/reserved.txt", "-/a.txt"];
        foreach (var name in hostile)
        {
            await Articles.UploadAsync(App, name, "The vote was held on 2024-05-01.");
        }

        await Articles.UploadAsync(App, "notify-hostile/after.txt", "The count ended on 2024-05-02.");

        var timeline = await App.WaitForJsonAsync("/api/stories/notify-hostile/timeline", t => t.GetProperty("events").GetArrayLength() == 1);
        Assert.Equal("2024-05-02", timeline.GetProperty("events")[0].GetProperty("date").GetProperty("value").GetString());
        var rejected = await App.WaitForJsonAsync("/api/rejected-blobs", r => r.GetProperty("blobs").GetArrayLength() >= 2);
        var names = rejected.GetProperty("blobs").EnumerateArray().Select(b => b.GetProperty("blobName").GetString()).ToList();
        Assert.Contains("Bad Folder!/a.txt", names);
        Assert.Contains("unsorted/reserved.txt", names);
    }

    private async Task<TriggerReceipt> ReceiptAsync(string blobName)
    {
        TriggerReceipt? receipt = null;
        await App.WaitUntilAsync(async () => (await new TriggerReceipts(App.Storage.Clients).LoadAllAsync(CancellationToken.None)).TryGetValue(blobName, out receipt));
        return receipt!;
    }
}
