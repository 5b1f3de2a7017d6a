using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TimelineFunctions.Api;
using TimelineFunctions.Api.Page;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Functions.Http;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Functions.Events;

/// <summary>
/// The Event Grid subscription for <c>Microsoft.Storage.BlobDeleted</c> on the articles container (registered by
/// scripts/hooks/postdeploy.sh; locally, <c>timeline notify</c> posts the same events): a deleted blob withdraws
/// its article.
/// </summary>
/// <remarks>
/// Function-key protected. Answers the Event Grid handshake (SubscriptionValidationEvent →
/// <c>{"validationResponse": code}</c>) and the CloudEvents one (OPTIONS with WebHook-Request-Origin). Storage
/// failures throw, so the host answers 500 and Event Grid delivers the event again.
/// </remarks>
public sealed class ArticleBlobDeletedFunction(ArticleCommands commands, StorageClients storage, ILogger<ArticleBlobDeletedFunction> logger)
{
    public const string Route = "events/blob-deleted";

    private const int MaxBodyChars = 1_000_000;

    [Function("ArticleBlobDeleted")]
    public async Task<IActionResult> ArticleBlobDeleted(
        [HttpTrigger(AuthorizationLevel.Function, AnyMethod.Post, AnyMethod.Options, Route = Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (HttpMethods.IsOptions(request.Method))
        {
            return CloudEventsHandshake(request);
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return Problem(413, "Request too large", $"Event batches may be at most {MaxBodyChars:N0} characters.");
        }

        if (!BlobEventBatch.TryParse(body, out var batch, out var problem))
        {
            return Problem(400, "Bad request", problem!);
        }

        if (batch!.ValidationCode is { } code)
        {
            logger.LogInformation("Answered the Event Grid subscription validation handshake");
            return Json(200, System.Text.Json.JsonSerializer.Serialize(new { validationResponse = code }));
        }

        var withdrawn = 0;
        foreach (var deleted in batch.Deleted)
        {
            if (deleted.Container != storage.Options.ArticlesContainer)
            {
                logger.LogInformation("Ignored a BlobDeleted event for container {Container}", StoryId.Printable(deleted.Container));
                continue;
            }

            var blob = storage.ArticlesContainer.GetBlobClient(deleted.BlobName);
            var outcome = await commands.WithdrawDeletedBlobAsync(deleted.BlobName, deleted.DeletedAt, async ct => (await blob.ExistsAsync(ct)).Value, cancellationToken);
            logger.LogInformation("Blob {BlobName} deleted: {Outcome}", StoryId.Printable(deleted.BlobName), outcome);
            withdrawn += outcome == DeletionOutcome.Withdrawn ? 1 : 0;
        }

        return Json(200, $"{{\"events\":{batch.Deleted.Count},\"withdrawn\":{withdrawn}}}");
    }

    /// <summary>CloudEvents webhook validation: allow Event Grid (the origin it names) to deliver here.</summary>
    private static ApiResult CloudEventsHandshake(HttpRequest request)
    {
        var origin = request.Headers["WebHook-Request-Origin"].ToString();
        if (origin.Length is 0 or > 255 || origin.Any(char.IsControl))
        {
            return Problem(400, "Bad request", "An OPTIONS request here is the CloudEvents handshake and needs a WebHook-Request-Origin header.");
        }

        var headers = new Dictionary<string, string> { ["WebHook-Allowed-Origin"] = origin, ["Allow"] = "POST, OPTIONS" };
        return new ApiResult(new ApiResponse(200, "text/plain; charset=utf-8", "").WithHeaders(headers).WithHeaders(PageSecurity.Headers));
    }

    private static ApiResult Problem(int status, string title, string detail) =>
        new(ApiResponse.Problem(status, title, detail).WithHeaders(PageSecurity.Headers));

    private static ApiResult Json(int status, string json) =>
        new(new ApiResponse(status, ApiResponse.Json, json).WithHeaders(PageSecurity.Headers));

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyChars + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return read > MaxBodyChars ? null : new string(buffer, 0, read);
    }
}
