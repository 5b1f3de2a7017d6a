using System.Text.Json.Nodes;
using NJsonSchema;
using TimelineFunctions.Api;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.OpenApi;

/// <summary>
/// The served OpenAPI document against the API itself: every route is documented and every documented path is
/// routed, and the actual JSON responses validate against the document's schemas.
/// </summary>
[Collection(SampleStoryGroup.Name)]
public sealed class OpenApiDocumentTests(SampleStoryFixture fixture)
{
    private const string Story = SampleStoryFixture.StoryPath;

    private FunctionAppProcess App => fixture.App;

    [Fact]
    public async Task Every_route_is_documented_and_every_documented_path_is_a_route()
    {
        var document = await App.GetJsonAsync("/api/openapi.json");
        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal).ToList();
        var routed = new TimelineApi(new TimelineQueryService(null!, null!)).Routes
            .Select(r => $"{r.Method} /{r.Template}")
            .Concat(["POST /events/blob-deleted", "OPTIONS /events/blob-deleted"]) // ArticleBlobDeleted, beside the API's route table
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(routed, documented);
    }

    [Theory]
    [InlineData("/api/stories", "Stories")]
    [InlineData(Story, "Story")]
    [InlineData(Story + "/timeline", "Timeline")]
    [InlineData(Story + "/timeline?limit=3&order=desc", "Timeline")]
    [InlineData(Story + "/actors", "Actors")]
    [InlineData(Story + "/articles", "Articles")]
    [InlineData("/api/rejected-blobs", "RejectedBlobs")]
    [InlineData("/api/stories/no-such-story/timeline", "Problem")]
    [InlineData(Story + "/timeline?limit=0", "Problem")]
    [InlineData(Story + "/summary", "Summary")]
    [InlineData(Story + "/summary?dates=3&sentences=1", "Summary")]
    [InlineData(Story + "/summary?dates=0", "Problem")]
    public async Task Responses_validate_against_their_documented_schema(string url, string schemaName)
    {
        using var response = await App.Http.GetAsync(url);
        await AssertValidAsync(await response.Content.ReadAsStringAsync(), schemaName);
    }

    [Fact]
    public async Task Event_and_article_evidence_validate_against_their_documented_schema()
    {
        var timeline = await App.GetJsonAsync(Story + "/timeline");
        var eventId = timeline.GetProperty("events")[0].GetProperty("id").GetString()!;
        using var e = await App.Http.GetAsync($"{Story}/events/{eventId}");
        await AssertValidAsync(await e.Content.ReadAsStringAsync(), "Event");

        var articleId = timeline.GetProperty("events")[0].GetProperty("sources")[0].GetProperty("articleId").GetString()!;
        using var article = await App.Http.GetAsync($"{Story}/articles/{Uri.EscapeDataString(articleId)}");
        await AssertValidAsync(await article.Content.ReadAsStringAsync(), "ArticleDetail");
    }

    /// <summary>
    /// Validates with NJsonSchema against one component schema: the document's components become the definitions
    /// of a draft-07 schema whose root refers to the one asked for.
    /// </summary>
    private async Task AssertValidAsync(string json, string schemaName)
    {
        var document = JsonNode.Parse((await App.GetJsonAsync("/api/openapi.json")).GetRawText())!;
        var definitions = document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        var schemaJson = $$"""{"$schema":"http://json-schema.org/draft-07/schema#","allOf":[{"$ref":"#/definitions/{{schemaName}}"}],"definitions":{{definitions}}}""";
        var schema = await JsonSchema.FromJsonAsync(schemaJson);
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, $"{schemaName}: {string.Join("\n", errors.Select(e => e.ToString()))}\n{json[..Math.Min(json.Length, 2000)]}");
    }
}
