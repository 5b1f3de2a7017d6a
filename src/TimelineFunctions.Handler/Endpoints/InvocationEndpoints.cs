using System.Text.Json;
using Microsoft.Extensions.Options;
using TimelineFunctions.Api;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Handler.Protocol;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Handler.Endpoints;

/// <summary>
/// The custom-handler invocation endpoints: the Functions host (or the local trigger) posts
/// <c>{"Data","Metadata"}</c> to /{FunctionName} and reads <c>{"Outputs","Logs","ReturnValue"}</c> back.
/// A non-2xx reply tells the host the invocation failed, so it retries (blob trigger) or answers 500 (HTTP).
/// </summary>
public static class InvocationEndpoints
{
    private static readonly JsonSerializerOptions ReplyJson = new() { PropertyNamingPolicy = null };

    public static void MapInvocationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost($"/{FunctionNames.IngestArticle}", IngestArticleAsync);
        app.MapPost($"/{FunctionNames.TimelineApi}", TimelineApiAsync);
    }

    private static async Task<IResult> IngestArticleAsync(
        HttpContext context,
        IngestService ingest,
        IOptions<StorageOptions> storage,
        ILogger<IngestService> logger,
        CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope("Invocation {InvocationId}", InvocationId(context));
        BlobTriggerInvocation invocation;
        try
        {
            using var envelope = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            invocation = BlobTriggerInvocation.Parse(envelope.RootElement, storage.Value.ArticlesContainer);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            logger.LogError("Malformed {Function} invocation: {Error}", FunctionNames.IngestArticle, ex.Message);
            return Reply(StatusCodes.Status400BadRequest, InvocationResponse.WithLogs($"Malformed invocation: {ex.Message}"));
        }

        try
        {
            var result = await ingest.IngestAsync(
                new IngestRequest(invocation.BlobName, invocation.Content, invocation.ContentType, invocation.BlobMetadata, invocation.LastModified),
                cancellationToken);
            return Reply(StatusCodes.Status200OK, InvocationResponse.WithLogs($"{result.Outcome}: {result.Message}"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Transient (storage unreachable, throttled) or a bug: fail the invocation so the host retries it.
            logger.LogError(ex, "Ingest of {BlobName} failed", invocation.BlobName);
            return Reply(StatusCodes.Status500InternalServerError, InvocationResponse.WithLogs($"Ingest of {invocation.BlobName} failed: {ex.Message}"));
        }
    }

    private static async Task<IResult> TimelineApiAsync(HttpContext context, TimelineApi api, ILogger<TimelineApi> logger, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope("Invocation {InvocationId}", InvocationId(context));
        ApiResponse response;
        try
        {
            using var envelope = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            var request = HttpTriggerInvocation.Parse(envelope.RootElement);
            response = await api.HandleAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            response = ApiResponse.BadRequest($"Malformed invocation: {ex.Message}");
        }

        // The host must always get 200 here; the client's status travels in Outputs.res.
        var headers = new Dictionary<string, string>(response.Headers) { ["Content-Type"] = response.ContentType };
        var output = new HttpOutput(response.StatusCode, headers, response.Body);
        return Reply(StatusCodes.Status200OK, new InvocationResponse(
            new Dictionary<string, object?> { [HttpTriggerInvocation.ResponseBinding] = output },
            [],
            null));
    }

    private static IResult Reply(int status, InvocationResponse response) =>
        Results.Json(response, ReplyJson, "application/json", status);

    private static string? InvocationId(HttpContext context) =>
        context.Request.Headers.TryGetValue("X-Azure-Functions-InvocationId", out var id) ? id.ToString() : null;
}
