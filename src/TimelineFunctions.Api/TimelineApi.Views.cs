using TimelineFunctions.Api.Page;
using TimelineFunctions.Api.Routing;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Api;

public sealed partial class TimelineApi
{
    private IEnumerable<Route> ViewRoutes() =>
    [
        new Route("GET", "view", ViewStoriesAsync),
        new Route("GET", "view/stories/{storyId}", ViewTimelineAsync),
        new Route("GET", "view/stories/{storyId}/articles/{articleId}", ViewArticleAsync),
        new Route("GET", "view/assets/{name}", (_, values, _) =>
            Task.FromResult(PageAssets.Find(values["name"]) ?? ApiResponse.NotFound($"There is no page asset '{values["name"]}'."))),
    ];

    private async Task<ApiResponse> ViewStoriesAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken) =>
        StoriesPage.Render(await _queries.ListStoriesAsync(cancellationToken));

    private async Task<ApiResponse> ViewTimelineAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if (StoryProblem(values) is { } problem)
        {
            return problem;
        }

        var timeline = await _queries.GetTimelineAsync(values["storyId"], cancellationToken);
        var actors = await _queries.GetActorsAsync(values["storyId"], cancellationToken);
        var start = IntParam(request, "start", 0, 1_000_000) ?? 0;
        var pageSize = IntParam(request, "limit", 1, TimelinePageView.MaxPageSize) ?? TimelinePageView.DefaultPageSize;
        var summary = start > 0 ? null : await _queries.GetSummaryAsync(values["storyId"], SummaryOptions.Default, cancellationToken);
        if (timeline is null || actors is null)
        {
            return ErrorPage(404, $"There is no story '{values["storyId"]}'.");
        }

        // The page's own filters are actor and type; other criteria stay with the JSON API.
        var filter = new TimelineQuery { Actor = Param(request, "actor"), Type = Param(request, "type") };
        return TimelinePageView.Render(timeline, actors, filter, summary, start, pageSize);
    }

    private async Task<ApiResponse> ViewArticleAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if ((StoryProblem(values) ?? ArticleProblem(values)) is { } problem)
        {
            return problem;
        }

        var detail = await _queries.GetArticleDetailAsync(values["storyId"], values["articleId"], cancellationToken);
        return detail is null
            ? ErrorPage(404, $"Story '{values["storyId"]}' has no article '{values["articleId"]}'.")
            : ArticlePage.Render(detail);
    }

    private static string? Param(ApiRequest request, string name) =>
        request.QueryValue(name) is { Length: > 0 and <= 200 } value && !value.Any(char.IsControl) ? value : null;

    /// <summary>A whole number in [min, max] from the query, or null (the page falls back to its default).</summary>
    private static int? IntParam(ApiRequest request, string name, int min, int max) =>
        int.TryParse(request.QueryValue(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : null;

    private static ApiResponse ErrorPage(int status, string message) =>
        PageLayout.Render("Not found", new HtmlWriter().Append($"<header><p class=\"crumbs\"><a href=\"{PageLayout.Root}\">All stories</a></p><h1>Not found</h1></header><main><p>{message}</p></main>").ToMarkup(), status);
}
