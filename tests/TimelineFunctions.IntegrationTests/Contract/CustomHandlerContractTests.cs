using System.Net;
using System.Text;
using System.Text.Json;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Contract;

/// <summary>
/// The Functions host's side of the custom-handler protocol: these tests post the host's envelopes, byte for
/// byte in its shapes, to a real handler process and check its replies the way the host reads them.
/// </summary>
public sealed class CustomHandlerContractTests(HandlerFixture fixture) : IClassFixture<HandlerFixture>
{
    private const string UnreachableStorage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private HandlerProcess Handler => fixture.Handler;

    [Fact]
    public async Task Readiness_ping_on_root_answers_even_when_storage_is_unreachable()
    {
        // The host polls GET / until it answers and pings it later: it must never wait for storage.
        await using var orphan = await HandlerProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = UnreachableStorage,
        });
        using var response = await orphan.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Blob_invocation_replies_2xx_json_with_outputs_logs_and_return_value()
    {
        var text = "Officials met in the capital on 2023-10-09, a spokesman said.\nA second round of talks followed on October 12, 2023.";
        using var reply = await PostAsync("IngestArticle", HostPayloads.BlobTrigger("contract-a/first.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("application/json", reply.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Contains("Processed", body.GetProperty("Logs")[0].GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);

        var timeline = await Handler.GetJsonAsync("/api/stories/contract-a/timeline");
        var dates = timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("value").GetString()).ToList();
        Assert.Equal(["2023-10-09", "2023-10-12"], dates);
    }

    [Fact]
    public async Task Blob_metadata_published_date_arrives_as_an_object_and_is_used()
    {
        using var reply = await PostAsync("IngestArticle", HostPayloads.BlobTrigger(
            "contract-meta/a.txt", Encoding.UTF8.GetBytes("The council voted on 2024-01-15."), metadata: new Dictionary<string, string> { ["published"] = "2024-01-16" }));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        var articles = await Handler.GetJsonAsync("/api/stories/contract-meta/articles");
        var article = Assert.Single(articles.GetProperty("articles").EnumerateArray());
        Assert.Equal("2024-01-16", article.GetProperty("published").GetString());
        Assert.Equal("BlobMetadata", article.GetProperty("publishedEvidence").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Blob_content_sent_as_a_double_encoded_string_is_accepted()
    {
        // dataType "string" (or none): the text arrives JSON-encoded a second time instead of base64.
        var envelope = JsonDocument.Parse(HostPayloads.BlobTrigger("contract-string/a.txt", [])).RootElement;
        var json = envelope.GetRawText().Replace("\"article\":\"\"", "\"article\":" + JsonSerializer.Serialize(JsonSerializer.Serialize("Talks began on 2022-05-02.")), StringComparison.Ordinal);
        using var reply = await PostAsync("IngestArticle", json);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        var timeline = await Handler.GetJsonAsync("/api/stories/contract-string/timeline");
        Assert.Equal("2022-05-02", timeline.GetProperty("events")[0].GetProperty("date").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Empty_blob_is_recorded_as_rejected_with_a_reason_and_not_retried()
    {
        using var reply = await PostAsync("IngestArticle", HostPayloads.BlobTrigger("contract-bad/empty.txt", []));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode); // a retry cannot help: the host must not retry

        var articles = await Handler.GetJsonAsync("/api/stories/contract-bad/articles");
        var article = Assert.Single(articles.GetProperty("articles").EnumerateArray());
        Assert.Equal("rejected", article.GetProperty("status").GetString());
        Assert.Equal("empty", article.GetProperty("reasonCode").GetString());
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("reason").GetString()));
    }

    [Theory]
    [InlineData("oversized.txt", "too-large")]
    [InlineData("image.png", "binary")]
    public async Task Input_that_is_not_an_article_is_rejected_with_its_code_and_the_handler_keeps_serving(string file, string code)
    {
        var content = code == "too-large"
            ? Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("A sentence about the harbour on 2024-05-20. ", 150_000)))
            : [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        using var reply = await PostAsync("IngestArticle", HostPayloads.BlobTrigger($"contract-input/{file}", content));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        var articles = await Handler.GetJsonAsync("/api/stories/contract-input/articles");
        var article = articles.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == file);
        Assert.Equal(("rejected", code), (article.GetProperty("status").GetString(), article.GetProperty("reasonCode").GetString()));
        using var ping = await Handler.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    [Fact]
    public async Task When_storage_is_unreachable_the_invocation_fails_so_the_host_retries()
    {
        await using var orphan = await HandlerProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = UnreachableStorage,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "IngestArticle")
        {
            Content = new StringContent(HostPayloads.BlobTrigger("outage/a.txt", Encoding.UTF8.GetBytes("Text on 2020-01-01.")), Encoding.UTF8, "application/json"),
        };
        using var reply = await orphan.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, reply.StatusCode);
        Assert.Equal("application/json", reply.Content.Headers.ContentType?.MediaType);
        Assert.Contains("failed", JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad story/a.txt")]
    [InlineData("bad#story/a.txt")]
    [InlineData("a-story-id-that-is-far-too-long-to-be-a-partition-key-because-it-exceeds-sixty-three/a.txt")]
    public async Task Blob_in_a_folder_that_cannot_be_a_story_id_is_rejected_with_a_recorded_reason(string blobName)
    {
        using var reply = await PostAsync("IngestArticle", HostPayloads.BlobTrigger(blobName, Encoding.UTF8.GetBytes("Text on 2020-02-02.")));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Contains("Rejected", await reply.Content.ReadAsStringAsync());

        var rejected = await Handler.GetJsonAsync("/api/rejected-blobs");
        var entry = rejected.GetProperty("blobs").EnumerateArray().Single(b => b.GetProperty("blobName").GetString() == blobName);
        Assert.Equal("invalid-story-id", entry.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"Data\":{}}")]
    [InlineData("{\"Data\":{\"article\":\"%%% not base64 %%%\"},\"Metadata\":{\"name\":\"\\\"x/a.txt\\\"\"}}")]
    public async Task Malformed_blob_invocation_fails_with_a_json_reply(string envelope)
    {
        using var reply = await PostAsync("IngestArticle", envelope);
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal("application/json", reply.Content.Headers.ContentType?.MediaType);
        var logs = JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement.GetProperty("Logs");
        Assert.Contains("Malformed invocation", logs[0].GetString());
    }

    [Fact]
    public async Task Http_invocation_always_replies_200_and_carries_the_client_status_in_outputs_res()
    {
        await PostAsync("IngestArticle", HostPayloads.BlobTrigger("contract-http/a.txt", Encoding.UTF8.GetBytes("A ceasefire began on 2021-03-03.")));

        using var found = await PostAsync("TimelineApi", HostPayloads.HttpTrigger("stories/contract-http/timeline"));
        var res = await ResAsync(found);
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        Assert.StartsWith("application/json", res.GetProperty("headers").GetProperty("Content-Type").GetString());
        var body = JsonDocument.Parse(res.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("contract-http", body.GetProperty("story").GetProperty("id").GetString());

        using var missing = await PostAsync("TimelineApi", HostPayloads.HttpTrigger("stories/no-such-story/timeline"));
        var notFound = await ResAsync(missing);
        Assert.Equal(404, notFound.GetProperty("statusCode").GetInt32());
        Assert.StartsWith("application/problem+json", notFound.GetProperty("headers").GetProperty("Content-Type").GetString());
    }

    [Fact]
    public async Task Http_invocation_with_a_function_key_in_the_query_is_served_and_the_key_ignored()
    {
        using var reply = await PostAsync("TimelineApi", HostPayloads.HttpTrigger("stories", query: new Dictionary<string, string> { ["code"] = "secret-key" }));
        var res = await ResAsync(reply);
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        Assert.DoesNotContain("secret-key", Handler.Output, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string function, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, function) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.Add("User-Agent", "Azure-Functions-Host/4.1037");
        return await Handler.Http.SendAsync(request);
    }

    private static async Task<JsonElement> ResAsync(HttpResponseMessage reply)
    {
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var envelope = JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement;
        return envelope.GetProperty("Outputs").GetProperty("res").Clone();
    }
}
