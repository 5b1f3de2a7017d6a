using System.Text.Json;
using TimelineFunctions.Api;

namespace TimelineFunctions.Handler.Protocol;

/// <summary>
/// An HTTP-trigger invocation in the host's default (non-forwarding) mode: <c>Data.req</c> holds Url, Method,
/// Query (an object), Headers (each value an array), Params (route values: our catch-all is <c>path</c>) and Body
/// (a string, present only when the request had one).
/// </summary>
public static class HttpTriggerInvocation
{
    public const string RequestBinding = "req";
    public const string ResponseBinding = "res";

    /// <exception cref="FormatException">The envelope holds no request.</exception>
    public static ApiRequest Parse(JsonElement envelope)
    {
        var data = BindingValue.Property(envelope, "Data") ?? throw new FormatException("The invocation has no Data.");
        var req = BindingValue.AsObject(BindingValue.Property(data, RequestBinding) ?? default)
            ?? throw new FormatException($"The invocation has no Data.{RequestBinding} object.");

        var method = BindingValue.Property(req, "Method") is { } m ? BindingValue.AsString(m) ?? "GET" : "GET";
        var query = BindingValue.AsStringMap(BindingValue.Property(req, "Query") is { } q ? BindingValue.AsObject(q) : null);
        query.Remove("code"); // the function key: never let it reach logs or handlers
        var headers = BindingValue.AsStringMap(BindingValue.Property(req, "Headers") is { } h ? BindingValue.AsObject(h) : null);
        var routeValues = BindingValue.AsStringMap(BindingValue.Property(req, "Params") is { } p ? BindingValue.AsObject(p) : null);
        var body = BindingValue.Property(req, "Body") is { ValueKind: JsonValueKind.String } b ? b.GetString() : null;

        var path = routeValues.GetValueOrDefault("path") ?? PathFromUrl(BindingValue.Property(req, "Url") is { } u ? BindingValue.AsString(u) : null);
        return new ApiRequest(method, path, query, headers, body);
    }

    private static string PathFromUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "";
        }

        var path = uri.AbsolutePath.TrimStart('/');
        return path.StartsWith("api/", StringComparison.OrdinalIgnoreCase) ? path[4..] : path;
    }
}
