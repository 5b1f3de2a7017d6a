using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TimelineFunctions.Api;

namespace TimelineFunctions.Functions.Http;

/// <summary>
/// Passes an HTTP function's request to the host-neutral <see cref="TimelineApi"/> and its answer back: the path
/// below the route prefix, query, headers and a bounded body in; status, content type, headers and body out.
/// </summary>
public sealed class ApiHttpAdapter(TimelineApi api)
{
    /// <summary>The host's route prefix (host.json extensions.http.routePrefix).</summary>
    public const string RoutePrefix = "/api";

    private const int MaxBodyChars = 1_000_000;

    public async Task<IActionResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body.TooLarge)
        {
            return new ApiResult(ApiResponse.Problem(413, "Request too large", $"Request bodies may be at most {MaxBodyChars:N0} characters.")
                .WithHeaders(Api.Page.PageSecurity.Headers));
        }

        var path = request.Path.StartsWithSegments(RoutePrefix, StringComparison.OrdinalIgnoreCase, out var rest) ? rest.Value : request.Path.Value;
        var apiRequest = new ApiRequest(
            request.Method,
            (path ?? "").TrimStart('/'),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.Text);
        return new ApiResult(await api.HandleAsync(apiRequest, cancellationToken));
    }

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
