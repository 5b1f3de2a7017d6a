using TimelineFunctions.Api.Contract;
using TimelineFunctions.Api.Page;
using TimelineFunctions.Api.Routing;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Api;

/// <summary>
/// The timeline HTTP API, independent of the host: each HTTP function of the function app passes its request here,
/// and the route table decides the handler, a 405 for a known path with another method, or a 404.
/// </summary>
public sealed partial class TimelineApi
{
    private readonly TimelineQueryService _queries;
    private readonly ContinuationToken _tokens;
    private readonly Router _router;

    /// <param name="queries">The read side.</param>
    /// <param name="commands">The write side (withdraw, move); an API built without it serves only reads.</param>
    /// <param name="tokens">Seals the paging tokens: the app passes the deployment's key; without it, a random key of this process's own.</param>
    public TimelineApi(TimelineQueryService queries, ArticleCommands? commands = null, ContinuationToken? tokens = null)
    {
        _queries = queries;
        _commands = commands;
        _tokens = tokens ?? ContinuationToken.WithRandomKey();
        _router = new Router(
        [
            new Route("GET", "stories", ListStoriesAsync),
            new Route("GET", "stories/{storyId}/timeline", GetTimelineAsync),
            new Route("GET", "stories/{storyId}/summary", GetSummaryAsync),
            new Route("GET", "stories/{storyId}/actors", GetActorsAsync),
            new Route("GET", "stories/{storyId}/articles", GetArticlesAsync),
            new Route("GET", "rejected-blobs", ListRejectedBlobsAsync),
            .. EvidenceRoutes(),
            .. ViewRoutes(),
            new Route("DELETE", "stories/{storyId}/articles/{articleId}", WithdrawArticleAsync),
            new Route("POST", "stories/{storyId}/articles/{articleId}/story", MoveArticleAsync),
        ]);
    }

    public IReadOnlyList<Route> Routes => _router.Routes;

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken) =>
        (await _router.DispatchAsync(request, cancellationToken)).WithHeaders(PageSecurity.Headers);

    private async Task<ApiResponse> ListStoriesAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var stories = await _queries.ListStoriesAsync(cancellationToken);
        if (WantsHtml(request))
        {
            return StoriesPage.Render(stories);
        }

        return ApiResponse.Ok(new StoriesDto([.. stories.OrderByDescending(s => s.UpdatedAt).Select(DtoMapper.ToDto)]));
    }

    private async Task<ApiResponse> GetTimelineAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if (StoryProblem(values) is { } problem)
        {
            return problem;
        }

        return await QueryTimelineAsync(request, values["storyId"], cancellationToken);
    }

    private async Task<ApiResponse> GetActorsAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if (StoryProblem(values) is { } problem)
        {
            return problem;
        }

        var actors = await _queries.GetActorsAsync(values["storyId"], cancellationToken);
        return actors is null ? StoryNotFound(values) : ApiResponse.Ok(new ActorsDto([.. actors.Select(DtoMapper.ToDto)]));
    }

    private async Task<ApiResponse> GetArticlesAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if (StoryProblem(values) is { } problem)
        {
            return problem;
        }

        var articles = await _queries.GetArticlesAsync(values["storyId"], cancellationToken);
        return articles is null ? StoryNotFound(values) : ApiResponse.Ok(new ArticlesDto([.. articles.Select(DtoMapper.ToDto)]));
    }

    private async Task<ApiResponse> ListRejectedBlobsAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var blobs = await _queries.ListRejectedBlobsAsync(cancellationToken);
        return ApiResponse.Ok(new RejectedBlobsDto([.. blobs.OrderByDescending(b => b.RecordedAt).Select(DtoMapper.ToDto)]));
    }

    /// <summary>Validates the story id and normalises it in place; a problem response when it cannot be one.</summary>
    private static ApiResponse? StoryProblem(RouteValues values)
    {
        if (!StoryId.TryNormalize(values["storyId"], out var storyId, out var problem))
        {
            return ApiResponse.BadRequest(problem);
        }

        values["storyId"] = storyId;
        return null;
    }

    private static ApiResponse StoryNotFound(RouteValues values) =>
        ApiResponse.NotFound($"There is no story '{values["storyId"]}'.");
}
