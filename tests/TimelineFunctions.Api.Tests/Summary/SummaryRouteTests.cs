using System.Text.Json;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Tests.Summary;

/// <summary>The summary route's parameters are validated before any story is read, like every other route's.</summary>
public sealed class SummaryRouteTests
{
    // Validation answers before the store is touched, so no store is needed.
    private static readonly TimelineApi Api = new(new TimelineQueryService(null!, null!));

    [Fact]
    public void The_route_table_has_the_summary()
    {
        Assert.Contains(Api.Routes, r => r.Method == "GET" && r.Template == "stories/{storyId}/summary");
    }

    [Theory]
    [InlineData("dates", "0", "'dates'")]
    [InlineData("dates", "201", "'dates'")]
    [InlineData("dates", "three", "'dates'")]
    [InlineData("dates", "-1", "'dates'")]
    [InlineData("sentences", "0", "'sentences'")]
    [InlineData("sentences", "21", "'sentences'")]
    [InlineData("format", "csv", "'format'")]
    [InlineData("format", "ics", "'format'")]
    [InlineData("format", "pdf", "'format'")]
    public async Task An_invalid_parameter_is_a_400_problem_naming_it(string name, string value, string named)
    {
        var response = await Api.HandleAsync(Request("stories/harbour-fire/summary", (name, value)), CancellationToken.None);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(ApiResponse.ProblemJson, response.ContentType);
        using var problem = JsonDocument.Parse(response.Body!);
        Assert.Contains(named, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_story_id_is_a_400_too()
    {
        var response = await Api.HandleAsync(Request("stories/not%20a%20story/summary"), CancellationToken.None);
        Assert.Equal(400, response.StatusCode);
    }

    private static ApiRequest Request(string path, params (string Name, string Value)[] query) => new(
        "GET",
        path,
        query.ToDictionary(q => q.Name, q => q.Value, StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
}
