using TimelineFunctions.Functions.Http;

namespace TimelineFunctions.Functions.Tests.Http;

/// <summary>The HTTP function classes called directly: what each passes to the API and what the client gets back.</summary>
public sealed class HttpFunctionsTests
{
    private readonly FunctionTestContext _app = new();

    [Fact]
    public async Task Stories_answers_json_with_the_security_headers()
    {
        var request = FunctionTestContext.Request("GET", "/api/stories");
        var (status, contentType, headers, body) = await FunctionTestContext.ExecuteAsync(request, await new StoriesFunctions(_app.Api).Stories(request, CancellationToken.None));

        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        Assert.Equal("""{"stories":[]}""", body);
        Assert.StartsWith("default-src 'none'", headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
    }

    [Fact]
    public async Task A_method_the_resource_does_not_serve_is_a_405_problem()
    {
        var request = FunctionTestContext.Request("PUT", "/api/stories");
        var (status, contentType, _, body) = await FunctionTestContext.ExecuteAsync(request, await new StoriesFunctions(_app.Api).Stories(request, CancellationToken.None));

        Assert.Equal(405, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        Assert.Contains("PUT is not supported on /api/stories", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_function_passes_the_path_and_query_to_the_api()
    {
        var request = FunctionTestContext.Request("GET", "/api/stories/no-such-story/timeline?limit=0");
        var (status, _, _, body) = await FunctionTestContext.ExecuteAsync(request, await new TimelineFunction(_app.Api).Timeline(request, CancellationToken.None));

        Assert.Equal(400, status);
        Assert.Contains("limit", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_gets_the_status_and_headers_without_a_body()
    {
        var request = FunctionTestContext.Request("HEAD", "/api/openapi.json");
        var (status, contentType, _, body) = await FunctionTestContext.ExecuteAsync(request, await new OpenApiFunction(_app.Api).OpenApiDocument(request, CancellationToken.None));

        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        Assert.Empty(body);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_before_the_api_sees_it()
    {
        var request = FunctionTestContext.Request("POST", "/api/stories/s/articles/a.txt/story", new string('x', 1_000_001), "application/json");
        var (status, contentType, headers, _) = await FunctionTestContext.ExecuteAsync(request, await new ArticlesFunctions(_app.Api).ArticleStory(request, CancellationToken.None));

        Assert.Equal(413, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
    }

    [Theory]
    [InlineData("text/html;q=0, application/json", "application/json")]
    [InlineData("application/json;q=0.5, text/html", "text/html")]
    public async Task Accept_q_values_are_honoured(string accept, string expected)
    {
        var request = FunctionTestContext.Request("GET", "/api/stories");
        request.Headers.Accept = accept;
        var (_, contentType, _, _) = await FunctionTestContext.ExecuteAsync(request, await new StoriesFunctions(_app.Api).Stories(request, CancellationToken.None));

        Assert.StartsWith(expected, contentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_move_whose_body_is_not_json_is_a_415_problem(string? contentType)
    {
        var request = FunctionTestContext.Request("POST", "/api/stories/s/articles/a.txt/story", """{"storyId":"t"}""", contentType);
        var (status, type, _, _) = await FunctionTestContext.ExecuteAsync(request, await new ArticlesFunctions(_app.Api).ArticleStory(request, CancellationToken.None));

        Assert.Equal(415, status);
        Assert.StartsWith("application/problem+json", type, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catch_all_answers_the_api_s_404_problem()
    {
        var request = FunctionTestContext.Request("GET", "/api/nothing/here");
        var (status, contentType, _, body) = await FunctionTestContext.ExecuteAsync(request, await new UnknownRouteFunction(_app.Api).UnknownRoute(request, CancellationToken.None));

        Assert.Equal(404, status);
        Assert.StartsWith("application/problem+json", contentType, StringComparison.Ordinal);
        Assert.Contains("/api/nothing/here", body, StringComparison.Ordinal);
    }
}
