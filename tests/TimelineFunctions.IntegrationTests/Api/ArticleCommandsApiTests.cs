using System.Net;
using System.Text;
using System.Text.Json;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Api;

/// <summary>
/// Withdraw, move and automatic assignment through the function app under the real host: articles arrive as
/// Event Grid delivers blob events, and editors act through the HTTP API.
/// </summary>
public sealed class ArticleCommandsApiTests(FunctionAppFixture fixture) : IClassFixture<FunctionAppFixture>
{
    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task Withdrawing_an_article_removes_it_as_a_source_and_keeps_it_listed_as_withdrawn()
    {
        await DeliverAsync("wd/a.txt", SyntheticArticles.Text(1));
        await DeliverAsync("wd/b.txt", SyntheticArticles.Text(2));
        Assert.Contains("a.txt", await SourcesAsync("wd"));

        using var response = await App.KeyedHttp.DeleteAsync("/api/stories/wd/articles/a.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("withdrawn", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        var sources = await SourcesAsync("wd");
        Assert.DoesNotContain("a.txt", sources);
        Assert.Contains("b.txt", sources);
        Assert.Equal("withdrawn", (await ArticleAsync("wd", "a.txt")).GetProperty("status").GetString());

        // Withdrawing again is fine; the same blob version delivered again stays withdrawn.
        using var again = await App.KeyedHttp.DeleteAsync("/api/stories/wd/articles/a.txt");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await DeliverAsync("wd/a.txt", SyntheticArticles.Text(1));
        Assert.DoesNotContain("a.txt", await SourcesAsync("wd"));

        using var unknown = await App.KeyedHttp.DeleteAsync("/api/stories/wd/articles/nope.txt");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var unknownStory = await App.KeyedHttp.DeleteAsync("/api/stories/no-such-story/articles/a.txt");
        Assert.Equal(HttpStatusCode.NotFound, unknownStory.StatusCode);
    }

    [Fact]
    public async Task Moving_an_article_moves_its_contributions_and_later_deliveries_follow_it()
    {
        await DeliverAsync("mv-from/a.txt", SyntheticArticles.Text(3));
        await DeliverAsync("mv-from/b.txt", SyntheticArticles.Text(4));
        await DeliverAsync("mv-to/c.txt", SyntheticArticles.Text(5));
        var eventsOfA = (await ArticleAsync("mv-from", "a.txt")).GetProperty("eventCount").GetInt32();

        using var moved = await MoveAsync("mv-from", "a.txt", """{"storyId":"mv-to"}""");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("moved", JsonDocument.Parse(await moved.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString());

        Assert.DoesNotContain("a.txt", await SourcesAsync("mv-from"));
        var target = await App.GetJsonAsync("/api/stories/mv-to/timeline");
        Assert.Equal(eventsOfA, Events(target).Count(e => e.GetProperty("sources").EnumerateArray().Any(s => s.GetProperty("articleId").GetString() == "a.txt")));
        var article = await ArticleAsync("mv-to", "a.txt");
        Assert.Equal("manual", article.GetProperty("assignment").GetProperty("method").GetString());
        Assert.Equal("mv-from/a.txt", article.GetProperty("blobName").GetString());
        var fromArticles = (await App.GetJsonAsync("/api/stories/mv-from/articles")).GetProperty("articles").EnumerateArray();
        Assert.DoesNotContain(fromArticles, a => a.GetProperty("id").GetString() == "a.txt");

        // The blob's folder no longer decides: a re-delivery stays in the target story.
        await DeliverAsync("mv-from/a.txt", SyntheticArticles.Text(3));
        Assert.DoesNotContain("a.txt", await SourcesAsync("mv-from"));
        Assert.Contains("a.txt", await SourcesAsync("mv-to"));

        using var repeated = await MoveAsync("mv-from", "a.txt", """{"storyId":"mv-to"}""");
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal("unchanged", JsonDocument.Parse(await repeated.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString());

        using var unknown = await MoveAsync("mv-from", "nope.txt", """{"storyId":"mv-to"}""");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"story":"mv-to"}""")]
    [InlineData("""{"storyId":42}""")]
    [InlineData("""{"storyId":"bad id"}""")]
    [InlineData("""{"storyId":"x' or PartitionKey ne 'x"}""")]
    [InlineData("[1,2]")]
    public async Task A_move_with_a_bad_body_is_400_problem_json(string body)
    {
        using var response = await MoveAsync("mv-bad", "a.txt", body);
        await AssertProblemAsync(response, 400);
    }

    [Fact]
    public async Task Articles_without_a_folder_are_placed_by_topic_and_the_decision_is_shown()
    {
        await DeliverAsync("quarry-one.txt", "Quarry collapse at Brennholt\nRescuers from the Brennholt Mountain Rescue searched the Brennholt quarry on 2022-05-10 after the collapse, mayor Ilse Varga said.");
        await DeliverAsync("council-one.txt", "Velmora harbour council approves tram line\nThe Velmora harbour council approved the tram line on 2022-05-11, councillor Tomas Brekke said. Tram builders from Ostrava Rail will start in June.");
        await DeliverAsync("quarry-two.txt", "Brennholt quarry search ends\nThe Brennholt Mountain Rescue ended its search of the Brennholt quarry on 2022-05-12, mayor Ilse Varga said after the collapse.");
        await DeliverAsync("council-two.txt", "Tram line vote in Velmora\nCouncillor Tomas Brekke said the Velmora harbour council vote on 2022-05-11 lets Ostrava Rail build the tram line.");

        var stories = (await App.GetJsonAsync("/api/stories")).GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        var byArticle = new Dictionary<string, string>();
        foreach (var story in stories)
        {
            foreach (var a in (await App.GetJsonAsync($"/api/stories/{story}/articles")).GetProperty("articles").EnumerateArray())
            {
                byArticle[a.GetProperty("id").GetString()!] = story;
                if (a.GetProperty("id").GetString()!.Contains("-two", StringComparison.Ordinal))
                {
                    var assignment = a.GetProperty("assignment");
                    Assert.Equal("automatic", assignment.GetProperty("method").GetString());
                    Assert.True(assignment.GetProperty("score").GetDouble() > 0);
                    Assert.False(string.IsNullOrWhiteSpace(assignment.GetProperty("reason").GetString()));
                }
            }
        }

        Assert.Equal(byArticle["quarry-one.txt"], byArticle["quarry-two.txt"]);
        Assert.Equal(byArticle["council-one.txt"], byArticle["council-two.txt"]);
        Assert.NotEqual(byArticle["quarry-one.txt"], byArticle["council-one.txt"]);
    }

    [Theory]
    [InlineData("DELETE", "stories/x'%20or%20'1'%20eq%20'1/articles/a.txt")]
    [InlineData("DELETE", "stories/wd/articles/a.txt'%20or%20RowKey%20ne%20'")]
    [InlineData("DELETE", "stories/wd/articles/%25")]
    [InlineData("DELETE", "stories/wd/articles/a%01b")]
    [InlineData("DELETE", "stories/%27/articles/a.txt")]
    [InlineData("POST", "stories/x'%20or%20true/articles/a.txt/story")]
    [InlineData("POST", "stories/mv-from/articles/%27%20or%20%27a%27%20eq%20%27a/story")]
    [InlineData("POST", "stories/mv-from/articles/a%0Ab/story")]
    [InlineData("POST", "stories/mv-from/articles/%25%32%37/story")]
    public async Task Hostile_ids_on_the_article_commands_are_400_problem_json(string method, string path)
    {
        using var response = await App.KeyedHttp.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/{path}")
        {
            Content = new StringContent("""{"storyId":"mv-to"}""", Encoding.UTF8, "application/json"),
        });
        await AssertProblemAsync(response, 400);
    }

    [Fact]
    public async Task Very_long_ids_on_the_article_commands_are_400()
    {
        var longId = new string('a', 2000);
        using var delete = await App.KeyedHttp.DeleteAsync($"/api/stories/{longId}/articles/a.txt");
        await AssertProblemAsync(delete, 400);
        using var deleteArticle = await App.KeyedHttp.DeleteAsync($"/api/stories/wd/articles/{longId}");
        await AssertProblemAsync(deleteArticle, 400);
        using var move = await MoveAsync("mv-from", longId, """{"storyId":"mv-to"}""");
        await AssertProblemAsync(move, 400);
        using var moveTarget = await MoveAsync("mv-from", "a.txt", $$"""{"storyId":"{{longId}}"}""");
        await AssertProblemAsync(moveTarget, 400);
    }

    /// <summary>Uploads the blob and posts its BlobCreated event to the host, as Event Grid would, then waits until it is ingested.</summary>
    private async Task DeliverAsync(string blobName, string text)
    {
        var metadata = new Dictionary<string, string> { ["published"] = "2022-05-12" };
        await Articles.UploadAsync(App, blobName, text, metadata);
        Assert.Equal(202, await App.SendBlobCreatedAsync(blobName));
        await Articles.WaitUntilIngestedAsync(App, blobName, text, metadata);
    }

    private Task<HttpResponseMessage> MoveAsync(string story, string article, string body) =>
        App.KeyedHttp.PostAsync($"/api/stories/{story}/articles/{article}/story", new StringContent(body, Encoding.UTF8, "application/json"));

    private async Task<HashSet<string>> SourcesAsync(string story) =>
        [.. Events(await App.GetJsonAsync($"/api/stories/{story}/timeline"))
            .SelectMany(e => e.GetProperty("sources").EnumerateArray())
            .Select(s => s.GetProperty("articleId").GetString()!)];

    private static IEnumerable<JsonElement> Events(JsonElement timeline) =>
        timeline.GetProperty("events").EnumerateArray().Concat(timeline.GetProperty("undated").EnumerateArray());

    private async Task<JsonElement> ArticleAsync(string story, string id) =>
        (await App.GetJsonAsync($"/api/stories/{story}/articles")).GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
