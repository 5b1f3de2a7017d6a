using System.Text.Json;

namespace TimelineFunctions.Api;

/// <summary>
/// An HTTP response as the API produces it; hosts copy it onto their own response type, with
/// <see cref="Headers"/> (besides Content-Type) as they are.
/// </summary>
public sealed record ApiResponse(int StatusCode, string ContentType, string Body)
{
    public const string Json = "application/json; charset=utf-8";
    public const string ProblemJson = "application/problem+json; charset=utf-8";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static ApiResponse Ok<T>(T value) => new(200, Json, JsonSerializer.Serialize(value, ApiJson.Options));

    /// <summary>A 200 with a body already rendered in <paramref name="contentType"/> (CSV, HTML, iCalendar, ...).</summary>
    public static ApiResponse Text(string contentType, string body) => new(200, contentType, body);

    /// <summary>An RFC 9457 problem document.</summary>
    public static ApiResponse Problem(int status, string title, string detail)
    {
        var problem = new Contract.ProblemDto($"https://httpstatuses.io/{status}", title, status, detail);
        return new(status, ProblemJson, JsonSerializer.Serialize(problem, ApiJson.Options));
    }

    public static ApiResponse NotFound(string detail) => Problem(404, "Not found", detail);

    public static ApiResponse BadRequest(string detail) => Problem(400, "Bad request", detail);

    /// <summary>This response with <paramref name="headers"/> added (a header already set is kept).</summary>
    public ApiResponse WithHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var merged = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            merged.TryAdd(name, value);
        }

        return this with { Headers = merged };
    }
}
