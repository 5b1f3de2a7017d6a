using System.Text.Json;
using TimelineFunctions.Api.Contract;
using TimelineFunctions.Api.Routing;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Api;

/// <summary>The article commands: withdraw (<c>DELETE</c>) and move (<c>POST …/story</c>).</summary>
public sealed partial class TimelineApi
{
    private readonly ArticleCommands? _commands;

    private ArticleCommands Commands => _commands ?? throw new InvalidOperationException("This API was built without article commands.");

    private async Task<ApiResponse> WithdrawArticleAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if ((StoryProblem(values) ?? ArticleProblem(values)) is { } problem)
        {
            return problem;
        }

        var (storyId, articleId) = (values["storyId"], values["articleId"]);
        return await Commands.WithdrawAsync(storyId, articleId, cancellationToken)
            ? ApiResponse.Ok(new WithdrawnArticleDto(articleId, storyId, "withdrawn"))
            : ArticleNotFound(storyId, articleId);
    }

    private async Task<ApiResponse> MoveArticleAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if ((StoryProblem(values) ?? ArticleProblem(values)) is { } problem)
        {
            return problem;
        }

        // Only JSON: an HTML form on another site can post text/plain or form data from a reader's browser, not JSON.
        if (!MediaTypes.IsJson(request.Headers.GetValueOrDefault("Content-Type")))
        {
            return ApiResponse.Problem(415, "Unsupported media type", "The body must be JSON: send Content-Type: application/json.");
        }

        if (!TryReadTarget(request.Body, out var target, out var bodyProblem))
        {
            return ApiResponse.BadRequest(bodyProblem);
        }

        var (storyId, articleId) = (values["storyId"], values["articleId"]);
        return await Commands.MoveAsync(storyId, articleId, target, cancellationToken) switch
        {
            MoveOutcome.Moved => ApiResponse.Ok(new MovedArticleDto(articleId, storyId, target, "moved")),
            MoveOutcome.AlreadyThere => ApiResponse.Ok(new MovedArticleDto(articleId, storyId, target, "unchanged")),
            MoveOutcome.Conflict => ApiResponse.Problem(409, "Conflict", $"Story '{target}' already holds another article with the id '{articleId}'."),
            _ => ArticleNotFound(storyId, articleId),
        };
    }

    /// <summary>The body must be <c>{"storyId": "target"}</c> with a valid story id.</summary>
    private static bool TryReadTarget(string? body, out string target, out string problem)
    {
        target = "";
        problem = "The body must be JSON of the form {\"storyId\": \"target-story\"}.";
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("storyId", out var value)
                || value.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            if (!StoryId.TryNormalize(value.GetString(), out var normalized, out var invalid))
            {
                problem = invalid;
                return false;
            }

            target = normalized;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Article ids reach the store as table keys: they must have the shape the ingest gives them.</summary>
    private static ApiResponse? ArticleProblem(RouteValues values) =>
        ArticleLocation.IsArticleId(values["articleId"])
            ? null
            : ApiResponse.BadRequest($"'{StoryId.Printable(values["articleId"])}' cannot be an article id: 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit.");

    private static ApiResponse ArticleNotFound(string storyId, string articleId) =>
        ApiResponse.NotFound($"Story '{storyId}' has no article '{articleId}'.");
}
