using System.Text;
using TimelineFunctions.Api;

namespace TimelineFunctions.Handler.Endpoints;

/// <summary>
/// Serves the API on its public paths (/api/...) straight from Kestrel: used in local mode, and under the host
/// when it proxies or forwards HTTP requests instead of wrapping them in invocations.
/// </summary>
public static class DirectApiEndpoints
{
    private const int MaxBodyChars = 1_000_000;

    public static void MapDirectApi(this IEndpointRouteBuilder app) =>
        app.Map("/api/{**path}", HandleAsync);

    private static async Task HandleAsync(HttpContext context, TimelineApi api, CancellationToken cancellationToken)
    {
        var request = context.Request;
        string? body = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var buffer = new char[MaxBodyChars + 1];
            var read = await reader.ReadBlockAsync(buffer, cancellationToken);
            if (read > MaxBodyChars)
            {
                await WriteAsync(context, ApiResponse.Problem(413, "Request too large", $"Request bodies may be at most {MaxBodyChars:N0} characters."), cancellationToken);
                return;
            }

            body = new string(buffer, 0, read);
        }

        var apiRequest = new ApiRequest(
            request.Method,
            (string?)context.GetRouteValue("path") ?? "",
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        await WriteAsync(context, await api.HandleAsync(apiRequest, cancellationToken), cancellationToken);
    }

    private static async Task WriteAsync(HttpContext context, ApiResponse response, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(response.Body, cancellationToken);
        }
    }
}
