using System.Globalization;
using System.Net;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Api;

/// <summary>The evidence endpoints: one event with all it rests on, one article with all that was found in it.</summary>
[Collection(SampleStoryGroup.Name)]
public sealed class EvidenceTests(SampleStoryFixture fixture)
{
    private const string Story = SampleStoryFixture.StoryPath;

    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task An_event_comes_with_every_source_quote_and_date_expression()
    {
        var timeline = await App.GetJsonAsync(Story + "/timeline");
        foreach (var e in timeline.GetProperty("events").EnumerateArray().Take(5).Concat(timeline.GetProperty("undated").EnumerateArray().Take(2)))
        {
            var id = e.GetProperty("id").GetString()!;
            var detail = await App.GetJsonAsync($"{Story}/events/{Uri.EscapeDataString(id)}");
            Assert.Equal(e.GetRawText(), detail.GetRawText());
            Assert.All(detail.GetProperty("sources").EnumerateArray(), s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("quote").GetString())));
            Assert.True(detail.TryGetProperty("conflicts", out _));
        }

        using var missing = await App.Http.GetAsync($"{Story}/events/ev-0000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_article_comes_with_cleaned_text_removed_furniture_date_evidence_and_its_events()
    {
        var articles = (await App.GetJsonAsync(Story + "/articles")).GetProperty("articles").EnumerateArray().ToList();
        var html = articles.First(a => a.GetProperty("id").GetString()!.EndsWith(".html", StringComparison.Ordinal));
        var id = html.GetProperty("id").GetString()!;

        var detail = await App.GetJsonAsync($"{Story}/articles/{Uri.EscapeDataString(id)}");
        Assert.Equal(id, detail.GetProperty("article").GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(detail.GetProperty("cleanedText").GetString()));
        var evidence = detail.GetProperty("article").GetProperty("publishedEvidence");
        Assert.False(string.IsNullOrWhiteSpace(evidence.GetProperty("source").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(evidence.GetProperty("evidence").GetString()));

        var removed = detail.GetProperty("removedFurniture").EnumerateArray().ToList();
        Assert.NotEmpty(removed);
        Assert.All(removed, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("rule").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString()));
        });

        // Events merged across articles may hold several of this article's contributions: at most one event each.
        var events = detail.GetProperty("events").EnumerateArray().ToList();
        Assert.InRange(events.Count, 1, html.GetProperty("eventCount").GetInt32());
        Assert.All(events, e => Assert.Contains(e.GetProperty("sources").EnumerateArray(), s => s.GetProperty("articleId").GetString() == id));

        using var missing = await App.Http.GetAsync($"{Story}/articles/no-such-article.txt");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/articles/a%2Fb")]
    [InlineData("/articles/a'%20or%20'1")]
    [InlineData("/articles/-leading-dash")]
    [InlineData("/events/%01")]
    public async Task Ids_that_cannot_be_ids_are_400_problems(string path)
    {
        using var response = await App.Http.GetAsync(Story + path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_response_carries_the_strict_content_security_policy_and_nosniff()
    {
        foreach (var path in new[] { Story + "/timeline", "/api/view", "/api/nothing-here" })
        {
            using var response = await App.Http.GetAsync(path);
            Assert.Equal(
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task The_story_resources_are_json_for_programs_and_pages_for_browsers()
    {
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        list.Headers.Add("Accept", "text/html");
        using var listResponse = await App.Http.SendAsync(list);
        Assert.Equal("text/html", listResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"/api/view/stories/{SampleStoryFixture.StoryId}", await listResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var story = await App.GetJsonAsync(Story);
        Assert.Equal(SampleStoryFixture.StoryId, story.GetProperty("id").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, Story);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await App.Http.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("class=\"axis\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"view/stories/{SampleStoryFixture.StoryId}", "text/html", "class=\"axis\"")]
    [InlineData("view", "text/html", $"/api/view/stories/{SampleStoryFixture.StoryId}")]
    [InlineData("view/assets/timeline.js", "text/javascript", "textContent")]
    [InlineData("view/assets/timeline.css", "text/css", ".axis")]
    public async Task Pages_and_assets_are_served_through_the_functions_host_with_their_headers(string path, string mediaType, string content)
    {
        using var response = await App.Http.GetAsync($"/api/{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(mediaType, response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_upload_command_prints_the_page_url()
    {
        Assert.Contains($"http://127.0.0.1:{App.Port}/api/view/stories/{SampleStoryFixture.StoryId}", fixture.UploadOutput, StringComparison.Ordinal);
        using var response = await App.Http.GetAsync($"/api/view/stories/{SampleStoryFixture.StoryId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_show_command_prints_the_filtered_timeline_with_date_labels()
    {
        var timeline = await App.GetJsonAsync(Story + "/timeline?from=2025-03-04&to=2025-03-06");
        var (exitCode, output) = await CliRunner.RunAsync(App, "show", SampleStoryFixture.StoryId, "--from", "2025-03-04", "--to", "2025-03-06");
        Assert.True(exitCode == 0, output);
        var events = timeline.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.Contains($"{events.Count} events", output, StringComparison.Ordinal);
        var day = events.First(e => e.GetProperty("date").GetProperty("granularity").GetString() == "day").GetProperty("date").GetProperty("start").GetString()!;
        Assert.Contains(DateOnly.Parse(day, CultureInfo.InvariantCulture).ToString("d MMM yyyy", CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
        foreach (var e in events)
        {
            Assert.Contains($"[{e.GetProperty("type").GetString()}]", output, StringComparison.Ordinal);
        }

        var bad = await CliRunner.RunAsync(App, "show", SampleStoryFixture.StoryId, "--from", "March");
        Assert.NotEqual(0, bad.ExitCode);
    }
}
