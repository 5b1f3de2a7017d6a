using System.Text;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using TimelineFunctions.Api;
using TimelineFunctions.Api.Page;

namespace TimelineFunctions.Functions.Http;

/// <summary>
/// Passes an HTTP function's request to the host-neutral <see cref="TimelineApi"/> and its answer back: the path
/// below the route prefix, query, headers and a bounded body in; status, content type, headers and body out.
/// </summary>
public sealed class ApiHttpAdapter(TimelineApi api, ILogger<ApiHttpAdapter> logger, ReadAccessGate? readAccess = null)
{
    /// <summary>The host's route prefix (host.json extensions.http.routePrefix).</summary>
    public const string RoutePrefix = "/api";

    private const int MaxBodyChars = 1_000_000;

    public async Task<IActionResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if ((readAccess ?? ReadAccessGate.Open).Check(request, ApiPath(request)) is { } unauthorized)
        {
            return new ApiResult(unauthorized);
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body.TooLarge)
        {
            return new ApiResult(ApiResponse.Problem(413, "Request too large", $"Request bodies may be at most {MaxBodyChars:N0} characters.")
                .WithHeaders(PageSecurity.Headers));
        }

        var apiRequest = new ApiRequest(
            request.Method,
            ApiPath(request),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.Text);
        try
        {
            return new ApiResult(await api.HandleAsync(apiRequest, cancellationToken));
        }
        catch (RequestFailedException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage is down or throttling: say so, with the usual headers, and keep its error text in the log.
            logger.LogError(ex, "Storage failed while serving {Method} {Path}", request.Method, request.Path);
            return new ApiResult(ApiResponse.Problem(503, "Service unavailable", "Storage is not available at the moment; try again shortly.")
                .WithHeaders(PageSecurity.Headers));
        }
    }

    /// <summary>The API's 404 problem for a path no function serves.</summary>
    public IActionResult NotFound(HttpRequest request) =>
        new ApiResult(ApiResponse.NotFound($"There is no API resource at /api/{ApiPath(request)}.").WithHeaders(PageSecurity.Headers));

    /// <summary>The path below the route prefix: "stories/abc/timeline".</summary>
    private static string ApiPath(HttpRequest request) =>
        ((request.Path.StartsWithSegments(RoutePrefix, StringComparison.OrdinalIgnoreCase, out var rest) ? rest.Value : request.Path.Value) ?? "").Trim('/');

    private static async Task<(string? Text, bool TooLarge)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
        {
            return (null, false);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyChars + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return read > MaxBodyChars ? (null, true) : (new string(buffer, 0, read), false);
    }
}
