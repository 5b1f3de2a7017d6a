using System.Net;
using System.Text.Json;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Host;

/// <summary>
/// IngestArticle as Azure runs it: Event Grid's BlobCreated notification reaches the host's blob webhook, the host
/// invokes the worker, and the outcome the host sees decides retries and the poison queue.
/// </summary>
public sealed class BlobTriggerTests(FunctionAppFixture fixture) : IClassFixture<FunctionAppFixture>
{
    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task A_blob_event_through_the_webhook_is_ingested_with_its_metadata()
    {
        const string text = "Officials met in the capital on 2023-10-09, a spokesman said.\nA second round of talks followed on October 12, 2023.";
        var metadata = new Dictionary<string, string> { ["published"] = "2023-10-13" };
        await Articles.UploadAsync(App, "hook-a/first.txt", text, metadata);

        Assert.Equal(202, await App.SendBlobCreatedAsync("hook-a/first.txt"));

        await Articles.WaitUntilIngestedAsync(App, "hook-a/first.txt", text, metadata);
        var timeline = await App.GetJsonAsync("/api/stories/hook-a/timeline");
        Assert.Equal(["2023-10-09", "2023-10-12"], Dates(timeline));
        var article = Assert.Single((await App.GetJsonAsync("/api/stories/hook-a/articles")).GetProperty("articles").EnumerateArray());
        Assert.Equal("2023-10-13", article.GetProperty("published").GetString());
        Assert.Equal("BlobMetadata", article.GetProperty("publishedEvidence").GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_duplicate_notification_runs_the_function_again_and_changes_nothing()
    {
        const string text = "The bridge closed on 2024-03-26.\nIt reopened on 2024-06-10.";
        await Articles.UploadAsync(App, "hook-twice/a.txt", text);
        Assert.Equal(202, await App.SendBlobCreatedAsync("hook-twice/a.txt"));
        await Articles.WaitUntilIngestedAsync(App, "hook-twice/a.txt", text);
        var first = await App.GetJsonAsync("/api/stories/hook-twice/timeline");
        var executions = App.Executions("IngestArticle", "Succeeded");

        Assert.Equal(202, await App.SendBlobCreatedAsync("hook-twice/a.txt"));
        await App.WaitUntilAsync(() => App.Executions("IngestArticle", "Succeeded") > executions);

        var second = await App.GetJsonAsync("/api/stories/hook-twice/timeline");
        Assert.Equal(first.GetProperty("events").GetRawText(), second.GetProperty("events").GetRawText());
        Assert.Equal(1, second.GetProperty("story").GetProperty("articleCount").GetInt32());
    }

    [Theory]
    [InlineData("hook-empty/a.txt", "", "empty")]
    [InlineData("hook-binary/a.txt", "\u0000\u0001\u0002\u0003\u0000PK\u0003\u0004\u0000\u0000", "binary")]
    [InlineData("hook-json/a.json", "{\"title\": \"unterminated", "malformed-json")]
    public async Task Bad_input_is_recorded_as_rejected_with_its_reason_and_not_retried(string blobName, string content, string code)
    {
        await Articles.UploadAsync(App, blobName, content);
        Assert.Equal(202, await App.SendBlobCreatedAsync(blobName));
        await Articles.WaitUntilIngestedAsync(App, blobName, content);

        var story = blobName.Split('/')[0];
        var article = Assert.Single((await App.GetJsonAsync($"/api/stories/{story}/articles")).GetProperty("articles").EnumerateArray());
        Assert.Equal("rejected", article.GetProperty("status").GetString());
        Assert.Equal(code, article.GetProperty("reasonCode").GetString());
        Assert.Equal(0, App.Executions("IngestArticle", "Failed"));
    }

    [Fact]
    public async Task A_blob_in_a_folder_that_cannot_be_a_story_is_listed_with_its_reason()
    {
        await Articles.UploadAsync(App, "Not A Story!/a.txt", "The vote was held on 2024-05-01.");
        Assert.Equal(202, await App.SendBlobCreatedAsync("Not A Story!/a.txt"));

        var rejected = await App.WaitForJsonAsync("/api/rejected-blobs", r => r.GetProperty("blobs").GetArrayLength() > 0);
        var blob = Assert.Single(rejected.GetProperty("blobs").EnumerateArray());
        Assert.Equal("Not A Story!/a.txt", blob.GetProperty("blobName").GetString());
        Assert.Equal(0, App.Executions("IngestArticle", "Failed"));
    }

    [Fact]
    public async Task A_method_no_route_serves_reaches_the_app_and_gets_its_405_with_the_security_headers()
    {
        using var response = await App.Http.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/stories"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_path_no_function_serves_gets_the_app_s_404_problem()
    {
        using var response = await App.Http.GetAsync("/api/no/such/resource/here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    private static List<string?> Dates(JsonElement timeline) =>
        [.. timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("value").GetString())];
}
