using System.Text.Json;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Host;

/// <summary>What the real Functions host indexes from the built app, read back from its admin API as the portal shows it.</summary>
public sealed class IndexedFunctionsTests(FunctionAppFixture fixture) : IClassFixture<FunctionAppFixture>
{
    private const string AllMethods = "get,head,post,put,patch,delete,options";

    /// <summary>Name, route, authorization level and methods of each HTTP function: reads are anonymous, writes need a function key.</summary>
    public static TheoryData<string, string, string, string> HttpFunctions => new()
    {
        { "Stories", "stories", "Anonymous", AllMethods },
        { "Story", "stories/{storyId}", "Anonymous", AllMethods },
        { "Timeline", "stories/{storyId}/timeline", "Anonymous", AllMethods },
        { "Summary", "stories/{storyId}/summary", "Anonymous", AllMethods },
        { "Event", "stories/{storyId}/events/{eventId}", "Anonymous", AllMethods },
        { "Articles", "stories/{storyId}/articles", "Anonymous", AllMethods },
        { "Article", "stories/{storyId}/articles/{articleId}", "Anonymous", "get,head,post,put,patch,options" },
        { "ArticleWithdrawal", "stories/{storyId}/articles/{articleId}", "Function", "delete" },
        { "ArticleStory", "stories/{storyId}/articles/{articleId}/story", "Function", AllMethods },
        { "Actors", "stories/{storyId}/actors", "Anonymous", AllMethods },
        { "RejectedBlobs", "rejected-blobs", "Anonymous", AllMethods },
        { "ArticleBlobDeleted", "events/blob-deleted", "Function", "post,options" },
        { "StoriesPage", "view", "Anonymous", AllMethods },
        { "StoryPage", "view/stories/{storyId}", "Anonymous", AllMethods },
        { "ArticlePage", "view/stories/{storyId}/articles/{articleId}", "Anonymous", AllMethods },
        { "PageAssets", "view/assets/{name}", "Anonymous", AllMethods },
        { "OpenApiDocument", "openapi.json", "Anonymous", AllMethods },
        { "UnknownRoute", "{*path}", "Anonymous", AllMethods },
    };

    [Fact]
    public async Task The_blob_trigger_watches_articles_through_event_grid_with_the_articles_connection()
    {
        var binding = Assert.Single((await FunctionAsync("IngestArticle")).GetProperty("config").GetProperty("bindings").EnumerateArray());
        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("articles/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
        Assert.Equal("ArticlesStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public async Task The_poison_queue_is_watched_so_a_blob_the_host_gave_up_on_is_shown()
    {
        var binding = Assert.Single((await FunctionAsync("RecordPoisonedArticle")).GetProperty("config").GetProperty("bindings").EnumerateArray());
        Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("webjobs-blobtrigger-poison", binding.GetProperty("queueName").GetString());
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public async Task Each_http_function_has_its_route_access_and_methods(string name, string route, string authLevel, string methods)
    {
        var function = await FunctionAsync(name);
        var trigger = function.GetProperty("config").GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
        Assert.Equal(methods, string.Join(',', trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString())));
        Assert.Equal("dotnet-isolated", function.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("/api/stories", "Stories")]
    [InlineData("/api/stories/some-story", "Story")]
    [InlineData("/api/stories/some-story/timeline", "Timeline")]
    [InlineData("/api/stories/some-story/summary", "Summary")]
    [InlineData("/api/stories/some-story/events/e1", "Event")]
    [InlineData("/api/stories/some-story/articles", "Articles")]
    [InlineData("/api/stories/some-story/articles/a.txt", "Article")]
    [InlineData("/api/stories/some-story/actors", "Actors")]
    [InlineData("/api/rejected-blobs", "RejectedBlobs")]
    [InlineData("/api/view", "StoriesPage")]
    [InlineData("/api/view/stories/some-story", "StoryPage")]
    [InlineData("/api/view/assets/timeline.css", "PageAssets")]
    [InlineData("/api/openapi.json", "OpenApiDocument")]
    [InlineData("/api/no/such/thing", "UnknownRoute")]
    [InlineData("/api/stories/some-story/articles/a.txt", "ArticleWithdrawal", "DELETE")]
    [InlineData("/api/stories/some-story/articles/a.txt/story", "ArticleStory", "POST")]
    public async Task Each_path_reaches_its_own_function_and_the_catch_all_only_the_rest(string path, string function, string method = "GET")
    {
        var before = fixture.App.Executions(function, "Succeeded");
        using var response = await fixture.App.KeyedHttp.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        await fixture.App.WaitUntilAsync(() => fixture.App.Executions(function, "Succeeded") > before, seconds: 10);

        Assert.Equal(before + 1, fixture.App.Executions(function, "Succeeded"));
    }

    [Fact]
    public async Task The_host_indexes_exactly_the_app_s_functions()
    {
        var names = JsonDocument.Parse(await AdminAsync("admin/functions")).RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order().ToList();
        var expected = HttpFunctions.Select(row => (string)row[0]).Append("IngestArticle").Append("RecordPoisonedArticle").Order().ToList();
        Assert.Equal(expected, names);
    }

    private async Task<JsonElement> FunctionAsync(string name) =>
        JsonDocument.Parse(await AdminAsync($"admin/functions/{name}")).RootElement.Clone();

    private async Task<string> AdminAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", HostSecrets.MasterKey(fixture.App.StateDirectory));
        using var response = await fixture.App.Http.SendAsync(request);
        var body = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.True(response.IsSuccessStatusCode, $"{path} → {(int)response.StatusCode}: {body}");
        return body;
    }
}
