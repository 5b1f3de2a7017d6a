namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// The function app with the notifier, holding the sample story (uploaded with the project's CLI, as a new user
/// would) and a hostile story whose article text and metadata carry script and event-handler payloads.
/// </summary>
public sealed class SampleStoryFixture : IAsyncLifetime
{
    public const string StoryId = "velmont-ford-derailment";

    /// <summary>The sample story's API route, and its timeline's.</summary>
    public const string StoryPath = $"/api/stories/{StoryId}";

    public const string TimelinePath = $"{StoryPath}/timeline";
    public const string HostileStoryId = "hostile-story";
    public const string HostileArticleId = "payload.html";

    /// <summary>
    /// The article's text as the reader decodes it (the page carries it entity-encoded, as a page quoting markup
    /// would): the timeline page must show it as text; if any of it ran, window.__pwned would be set.
    /// </summary>
    public const string HostileText =
        "Officials said on 2023-10-09 that <script>window.__pwned = 'script'</script> the bridge had closed.\n" +
        "Residents said on 2023-10-10 that <img src=x onerror=\"window.__pwned = 'onerror'\"> the road reopened.";

    public const string HostileTitle = "<img src=x onerror=alert(1)> Bridge \"closure\"";

    private FunctionAppProcess? _app;

    public FunctionAppProcess App => _app ?? throw new InvalidOperationException("The function app is not started.");

    public string UploadOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _app = await FunctionAppProcess.StartAsync(notify: true);
        var upload = await CliRunner.RunAsync(_app, "upload", Path.Combine(RepoPaths.Samples, "articles", StoryId), "--story", StoryId,
            "--wait", "--timeout", "150", "--api", $"http://127.0.0.1:{_app.Port}");
        UploadOutput = upload.Output;
        Assert.True(upload.ExitCode == 0, upload.Output);

        var hostile = Directory.CreateTempSubdirectory("hostile-");
        var paragraphs = string.Concat(HostileText.Split('\n').Select(line => $"<p>{System.Net.WebUtility.HtmlEncode(line)}</p>\n"));
        await File.WriteAllTextAsync(Path.Combine(hostile.FullName, HostileArticleId), $"<!doctype html><html><body><article>\n{paragraphs}<script>window.__pwned = 'page script';</script></article></body></html>");
        var hostileUpload = await CliRunner.RunAsync(_app, "upload", hostile.FullName, "--story", HostileStoryId, "--wait", "--timeout", "120",
            "--title", HostileTitle, "--outlet", "<b>Outlet</b>", "--published", "2023-10-11", "--url", "https://example.com/a?x=1&y=\"2\"");
        Assert.True(hostileUpload.ExitCode == 0, hostileUpload.Output);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
