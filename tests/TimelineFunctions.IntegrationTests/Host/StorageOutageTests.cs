using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Host;

/// <summary>
/// A storage outage is the one failure the host should retry: IngestArticle throws, the host runs it five times
/// (host.json: blobs.poisonBlobThreshold), then writes the blob to the poison queue, where RecordPoisonedArticle
/// lists its article as failed. (The host leaves a poison message that failed for its ten-minute lease, so the two
/// halves are tested apart: the outage up to the poison queue, and the poison queue to the failed article.)
/// </summary>
public sealed partial class StorageOutageTests
{
    [Fact]
    public async Task An_outage_is_retried_five_times_then_the_blob_goes_to_the_poison_queue_and_the_api_answers_503()
    {
        // The app's own tables are on a port where nothing listens; the blobs and the host's queues are up.
        var deadPort = FreePorts.Next();
        await using var app = await FunctionAppProcess.StartAsync(storage => new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = TableEndpoint().Replace(storage.Options.ConnectionString!, $"TableEndpoint=http://127.0.0.1:{deadPort}/"),
            ["Storage__MaxRetries"] = "0",
        });
        await Articles.UploadAsync(app, "outage/a.txt", "The dam was closed on 2024-04-02.");

        Assert.Equal(202, await app.SendBlobCreatedAsync("outage/a.txt"));

        await app.WaitUntilAsync(() => app.Output.Contains("Moving message to queue 'webjobs-blobtrigger-poison'", StringComparison.Ordinal), seconds: 180);
        Assert.Equal(5, app.Executions("IngestArticle", "Failed"));
        Assert.Equal(0, app.Executions("IngestArticle", "Succeeded"));
        await app.WaitUntilAsync(() => app.Executions("RecordPoisonedArticle", "Failed") == 1, seconds: 60);

        // Meanwhile the API says storage is unavailable, as a problem with the usual headers and no internal text.
        using var response = await app.Http.GetAsync("/api/stories");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("127.0.0.1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blob_on_the_poison_queue_is_listed_as_a_failed_article_with_its_reason()
    {
        await using var app = await FunctionAppProcess.StartAsync();
        await Articles.UploadAsync(app, "poisoned/a.txt", "The dam was closed on 2024-04-02.");

        // The message the blob extension writes after the last attempt (base64, the queues' default encoding).
        var queue = new QueueClient(app.Storage.Options.ConnectionString, "webjobs-blobtrigger-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(JsonSerializer.Serialize(new
        {
            Type = "BlobTrigger",
            FunctionId = "Host.Functions.IngestArticle",
            BlobType = "BlockBlob",
            ContainerName = "articles",
            BlobName = "poisoned/a.txt",
            ETag = "\"0x8DC000000000000\"",
        }));

        var articles = await app.WaitForJsonAsync("/api/stories/poisoned/articles", a => a.GetProperty("articles").GetArrayLength() == 1);
        var article = articles.GetProperty("articles")[0];
        Assert.Equal("failed", article.GetProperty("status").GetString());
        Assert.Equal("poison", article.GetProperty("reasonCode").GetString());
        Assert.Contains("every attempt", article.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.Executions("IngestArticle", "Failed"));
    }

    [GeneratedRegex(@"TableEndpoint=http://127\.0\.0\.1:\d+/")]
    private static partial Regex TableEndpoint();
}
