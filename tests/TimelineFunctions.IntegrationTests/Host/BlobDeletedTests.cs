using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using TimelineFunctions.IntegrationTests.Infrastructure;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.IntegrationTests.Host;

/// <summary>
/// Deleted blobs and hostile blob names through the real host with the notifier standing in for Event Grid: a
/// deleted blob withdraws its article (ArticleBlobDeleted, function-key protected, with the Event Grid and
/// CloudEvents handshakes), and names that web addresses would change are listed as rejected without stalling others.
/// </summary>
public sealed class BlobDeletedTests(NotifiedFunctionAppFixture fixture) : IClassFixture<NotifiedFunctionAppFixture>
{
    private const string Endpoint = "/api/events/blob-deleted";

    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task Deleting_a_blob_withdraws_its_article_and_its_events_leave_the_timeline()
    {
        await Articles.UploadAsync(App, "delete-me/a.txt", "The dam broke on 2024-03-01.");
        await Articles.UploadAsync(App, "delete-me/b.txt", "Repairs began on 2024-03-20.");
        await App.WaitForJsonAsync("/api/stories/delete-me/timeline", t => t.GetProperty("events").GetArrayLength() == 2);

        await App.Storage.Clients.ArticlesContainer.GetBlobClient("delete-me/a.txt").DeleteAsync();

        var timeline = await App.WaitForJsonAsync("/api/stories/delete-me/timeline", t => t.GetProperty("events").GetArrayLength() == 1);
        Assert.Equal("2024-03-20", timeline.GetProperty("events")[0].GetProperty("date").GetProperty("value").GetString());
        var article = await App.GetJsonAsync("/api/stories/delete-me/articles/a.txt");
        Assert.Equal("withdrawn", article.GetProperty("article").GetProperty("status").GetString());
        Assert.Equal("blob-deleted", article.GetProperty("article").GetProperty("reasonCode").GetString());
        await App.WaitUntilAsync(async () => !(await new TriggerReceipts(App.Storage.Clients).LoadAllAsync(CancellationToken.None)).ContainsKey("delete-me/a.txt"));
        Assert.True(App.Executions("ArticleBlobDeleted", "Succeeded") >= 1, App.Output);
    }

    [Fact]
    public async Task The_endpoint_needs_a_function_key()
    {
        using var content = new StringContent(Validation("code-1"), Encoding.UTF8, "application/json");
        using var response = await App.Http.PostAsync(Endpoint, content);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_event_grid_subscription_handshake_is_answered_with_the_validation_code()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(Validation("4d2c6a8e-code"), Encoding.UTF8, "application/json") };
        request.Headers.Add("aeg-event-type", "SubscriptionValidation");

        using var response = await App.KeyedHttp.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("4d2c6a8e-code", JsonDocument.Parse(body).RootElement.GetProperty("validationResponse").GetString());
    }

    [Fact]
    public async Task The_cloud_events_handshake_allows_the_origin_it_names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, Endpoint);
        request.Headers.Add("WebHook-Request-Origin", "eventgrid.azure.net");

        using var response = await App.KeyedHttp.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("eventgrid.azure.net", response.Headers.GetValues("WebHook-Allowed-Origin").Single());
    }

    [Fact]
    public async Task A_malformed_batch_is_a_400_problem_without_internal_text()
    {
        using var response = await App.KeyedHttp.PostAsync(Endpoint, new StringContent("[{\"eventType\":\"Microsoft.Storage.BlobDeleted\"}]", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Unusable_blob_names_are_listed_as_rejected_and_never_stall_the_notifier()
    {
        // Names Azurite stores as they are: each is recorded with its reason.
        string[] hostile = ["story/tab\tname.txt", "story/line\nbreak.txt", "story/nel\u0085.txt"];
        foreach (var name in hostile)
        {
            Assert.True(await UploadRawAsync(name, "The vote was held on 2024-05-01."), $"Azurite did not store '{Uri.EscapeDataString(name)}' under that name.");
        }

        // '.' and '..' segments: Azurite refuses or resolves them, so no such blob exists to be delivered locally
        // (in Azure, IngestArticle and RecordPoisonedArticle refuse such names before reading: Functions.Tests).
        foreach (var name in new[] { "../x.txt", "story/..", "trav/../../etc/passwd.txt", "story/./dot.txt" })
        {
            Assert.False(await UploadRawAsync(name, "text"), $"Azurite stored '{name}'.");
        }

        // A name Azurite stores but cannot list (U+0007 is not XML): its folder is reported, the other folders go on.
        Assert.True(await UploadRawAsync("bell-folder/bell\u0007.txt", "The bell rang on 2024-05-03.", verifyListed: false));

        await Articles.UploadAsync(App, "names-after/ok.txt", "The count ended on 2024-05-02.");
        await App.WaitForJsonAsync("/api/stories/names-after/timeline", t => t.GetProperty("events").GetArrayLength() == 1);

        var rejected = await App.WaitForJsonAsync("/api/rejected-blobs", r => hostile.Append("bell-folder/").All(n => r.GetProperty("blobs").EnumerateArray().Any(b => b.GetProperty("blobName").GetString() == n)));
        var codes = rejected.GetProperty("blobs").EnumerateArray().ToDictionary(b => b.GetProperty("blobName").GetString()!, b => b.GetProperty("code").GetString());
        Assert.All(hostile, n => Assert.Equal("invalid-blob-name", codes[n]));
        Assert.Equal("unlistable-folder", codes["bell-folder/"]);

        await Articles.UploadAsync(App, "names-after/later.txt", "A recount began on 2024-05-09.");
        await App.WaitForJsonAsync("/api/stories/names-after/timeline", t => t.GetProperty("events").GetArrayLength() == 2);
    }

    private static string Validation(string code) =>
        $$"""[{"id":"1","topic":"/subscriptions/s","subject":"","data":{"validationCode":"{{code}}"},"eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","eventTime":"2024-03-01T12:00:00Z","metadataVersion":"1","dataVersion":"2"}]""";

    /// <summary>
    /// Uploads a blob under a name the SDK's addresses would normalise ('.' and '..' segments percent-encoded so they
    /// reach the service as they are), as a raw HTTP client can; true when the service took it (and, unless told
    /// otherwise, lists exactly that name).
    /// </summary>
    private async Task<bool> UploadRawAsync(string name, string text, bool verifyListed = true)
    {
        var container = App.Storage.Clients.ArticlesContainer;
        await container.CreateIfNotExistsAsync();
        var sas = container.GenerateSasUri(BlobContainerSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1));
        var path = string.Join('/', name.Split('/').Select(s => s is "." or ".." ? s.Replace(".", "%2E", StringComparison.Ordinal) : Uri.EscapeDataString(s)));
        var blob = new BlobClient(new Uri($"{sas.GetLeftPart(UriPartial.Path)}/{path}{sas.Query}", new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));
        try
        {
            await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(text)), overwrite: true);
        }
        catch (Azure.RequestFailedException)
        {
            return false;
        }

        if (!verifyListed)
        {
            return true;
        }

        await foreach (var item in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, name.Split('/')[0] + "/", CancellationToken.None))
        {
            if (item.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
