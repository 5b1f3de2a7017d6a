using TimelineFunctions.Api.Routing;

namespace TimelineFunctions.Api.Tests.Routing;

public sealed class RouterTests
{
    private static readonly Router Router = new(
    [
        new Route("GET", "stories", (_, _, _) => Task.FromResult(new ApiResponse(200, ApiResponse.Json, "list"))),
        new Route("GET", "stories/{storyId}/timeline", (_, v, _) => Task.FromResult(new ApiResponse(200, ApiResponse.Json, v["storyId"]))),
    ]);

    [Theory]
    [InlineData("stories", "list")]
    [InlineData("/stories/", "list")]
    [InlineData("stories/abc/timeline", "abc")]
    [InlineData("STORIES/abc/Timeline", "abc")]
    [InlineData("stories/a%20b/timeline", "a b")]
    public async Task Routes_match_whole_segments_and_decode_parameters(string path, string body)
    {
        var response = await Router.DispatchAsync(Request("GET", path), CancellationToken.None);
        Assert.Equal((200, body), (response.StatusCode, response.Body));
    }

    [Theory]
    [InlineData("GET", "stories/abc", 404)]
    [InlineData("GET", "stories/abc/timeline/extra", 404)]
    [InlineData("GET", "", 404)]
    [InlineData("DELETE", "stories", 405)]
    public async Task Unknown_paths_are_404_and_unsupported_methods_405_as_problem_json(string method, string path, int status)
    {
        var response = await Router.DispatchAsync(Request(method, path), CancellationToken.None);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(ApiResponse.ProblemJson, response.ContentType);
    }

    [Fact]
    public async Task Head_is_served_by_the_get_route()
    {
        var response = await Router.DispatchAsync(Request("HEAD", "stories"), CancellationToken.None);
        Assert.Equal(200, response.StatusCode);
    }

    private static ApiRequest Request(string method, string path) =>
        new(method, path, new Dictionary<string, string>(), new Dictionary<string, string>());
}
