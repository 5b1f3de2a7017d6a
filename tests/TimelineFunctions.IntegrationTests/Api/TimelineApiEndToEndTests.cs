using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Api;

/// <summary>
/// The whole path as a user takes it: the project's CLI uploads article files to Azurite, the app's
/// trigger ingests them, and the HTTP API serves stories, timeline, actors and articles.
/// </summary>
public sealed class TimelineApiEndToEndTests(NotifiedFunctionAppFixture fixture) : IClassFixture<NotifiedFunctionAppFixture>
{
    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task Uploaded_articles_become_a_chronological_timeline_with_sources()
    {
        var folder = Directory.CreateTempSubdirectory("e2e-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "01-wire.txt"), "Talks resumed on October 14, 2023, officials said.\nThe first round had been held on 2023-10-09.");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "02-page.json"), """{"title":"Ministers meet","url":"https://news.example.com/2023/10/15/ministers","source":"Example News","published":"2023-10-15","text":"Ministers signed the accord on 2023-10-15.\nNo date is given for the next meeting."}""");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "03-empty.txt"), "");

        var upload = await RunCliAsync("upload", folder.FullName, "--story", "e2e-story", "--wait", "--timeout", "120");
        Assert.True(upload.ExitCode == 0, upload.Output);

        var timeline = await App.GetJsonAsync("/api/stories/e2e-story/timeline");
        var events = timeline.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["2023-10-09", "2023-10-14", "2023-10-15"], events.Select(e => e.GetProperty("date").GetProperty("value").GetString()));
        foreach (var e in events)
        {
            var date = e.GetProperty("date");
            Assert.Equal("day", date.GetProperty("granularity").GetString());
            Assert.Equal(date.GetProperty("value").GetString(), date.GetProperty("start").GetString());
            var source = Assert.Single(e.GetProperty("sources").EnumerateArray());
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("quote").GetString()));
            Assert.Equal(1, e.GetProperty("sourceCount").GetInt32());
        }

        var accord = events.Last().GetProperty("sources")[0];
        Assert.Equal("02-page.json", accord.GetProperty("articleId").GetString());
        Assert.Equal("Example News", accord.GetProperty("outlet").GetString());
        Assert.Equal("https://news.example.com/2023/10/15/ministers", accord.GetProperty("url").GetString());
        Assert.Equal("2023-10-15", accord.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, timeline.GetProperty("next").ValueKind);

        var story = timeline.GetProperty("story");
        Assert.Equal(3, story.GetProperty("articleCount").GetInt32());
        Assert.Equal("2023-10-09", story.GetProperty("firstDate").GetString());
        Assert.Equal("2023-10-15", story.GetProperty("lastDate").GetString());
        Assert.Equal("Ministers meet", story.GetProperty("title").GetString());

        var articles = (await App.GetJsonAsync("/api/stories/e2e-story/articles")).GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(3, articles.Count);
        var empty = articles.Single(a => a.GetProperty("id").GetString() == "03-empty.txt");
        Assert.Equal("rejected", empty.GetProperty("status").GetString());
        Assert.Equal("e2e-story/03-empty.txt", empty.GetProperty("blobName").GetString());

        var stories = (await App.GetJsonAsync("/api/stories")).GetProperty("stories").EnumerateArray();
        Assert.Contains(stories, s => s.GetProperty("id").GetString() == "e2e-story" && s.GetProperty("eventCount").GetInt32() == 3);

        // Uploading the same folder again leaves everything as it was.
        var again = await RunCliAsync("upload", folder.FullName, "--story", "e2e-story", "--wait", "--timeout", "120");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(timeline.GetProperty("events").GetRawText(), (await App.GetJsonAsync("/api/stories/e2e-story/timeline")).GetProperty("events").GetRawText());
    }

    [Theory]
    [InlineData("/api/stories/no-such-story/timeline", 404)]
    [InlineData("/api/stories/bad%20id/timeline", 400)]
    [InlineData("/api/stories/a'%20or%20'1'%20eq%20'1/actors", 400)]
    [InlineData("/api/nothing-here", 404)]
    public async Task Errors_are_problem_json_with_the_right_status(string path, int status)
    {
        using var response = await App.Http.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_method_the_resource_does_not_support_is_405()
    {
        using var response = await App.Http.PostAsync("/api/stories", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<(int ExitCode, string Output)> RunCliAsync(params string[] arguments)
    {
        // The CLI reads the same Storage__* settings as the app, so it sees this test's container and tables.
        await using var process = ChildProcess.Start("dotnet", [RepoPaths.CliDll, .. arguments], App.Storage.Environment);
        var stopwatch = Stopwatch.StartNew();
        while (!process.HasExited && stopwatch.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(100);
        }

        return (process.HasExited ? await process.ExitCodeAsync() : -1, process.Output);
    }
}
