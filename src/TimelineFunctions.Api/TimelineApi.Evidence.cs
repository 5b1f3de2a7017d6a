using TimelineFunctions.Api.Contract;
using TimelineFunctions.Api.OpenApi;
using TimelineFunctions.Api.Routing;

namespace TimelineFunctions.Api;

public sealed partial class TimelineApi
{
    private const int MaxIdLength = 256;

    private IEnumerable<Route> EvidenceRoutes() =>
    [
        new Route("GET", "stories/{storyId}", GetStoryAsync),
        new Route("GET", "stories/{storyId}/events/{eventId}", GetEventAsync),
        new Route("GET", "stories/{storyId}/articles/{articleId}", GetArticleDetailAsync),
        new Route("GET", "openapi.json", (_, _, _) => Task.FromResult(OpenApiDocument.Response())),
    ];

    /// <summary>The story's summary as JSON, or its timeline page for a browser (Accept: text/html).</summary>
    private async Task<ApiResponse> GetStoryAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if (WantsHtml(request))
        {
            return await ViewTimelineAsync(request, values, cancellationToken);
        }

        if (StoryProblem(values) is { } problem)
        {
            return problem;
        }

        var timeline = await _queries.GetTimelineAsync(values["storyId"], cancellationToken);
        return timeline is null ? StoryNotFound(values) : ApiResponse.Ok(DtoMapper.ToDto(timeline.Story));
    }

    private async Task<ApiResponse> GetEventAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if ((StoryProblem(values) ?? IdProblem(values, "eventId")) is { } problem)
        {
            return problem;
        }

        var found = await _queries.GetEventAsync(values["storyId"], values["eventId"], cancellationToken);
        return found is null
            ? ApiResponse.NotFound($"Story '{values["storyId"]}' has no event '{values["eventId"]}'.")
            : ApiResponse.Ok(DtoMapper.ToDto(found));
    }

    private async Task<ApiResponse> GetArticleDetailAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if ((StoryProblem(values) ?? ArticleProblem(values)) is { } problem)
        {
            return problem;
        }

        var detail = await _queries.GetArticleDetailAsync(values["storyId"], values["articleId"], cancellationToken);
        return detail is null
            ? ApiResponse.NotFound($"Story '{values["storyId"]}' has no article '{values["articleId"]}'.")
            : ApiResponse.Ok(new ArticleDetailDto(
                DtoMapper.ToDto(detail.Article),
                detail.Article.CleanedText,
                [.. detail.Article.RemovedFurniture.Select(f => new RemovedFurnitureDto(f.Text, f.Rule, f.Reason))],
                [.. detail.Events.Select(DtoMapper.ToDto)]));
    }

    private static ApiResponse? IdProblem(RouteValues values, string name) =>
        values[name] is { Length: > 0 and <= MaxIdLength } id && !id.Any(char.IsControl)
            ? null
            : ApiResponse.BadRequest($"'{name}' must be 1 to {MaxIdLength} characters, without control characters.");

    private static bool WantsHtml(ApiRequest request) =>
        request.Headers.TryGetValue("Accept", out var accept) && MediaTypes.Accepts(accept, "text/html");
}
