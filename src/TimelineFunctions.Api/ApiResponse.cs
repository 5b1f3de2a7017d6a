using System.Text.Json;

namespace TimelineFunctions.Api;

/// <summary>An HTTP response as the API produces it; hosts copy it onto their own response type.</summary>
public sealed record ApiResponse(int StatusCode, string ContentType, string Body)
{
    public const string Json = "application/json; charset=utf-8";
    public const string ProblemJson = "application/problem+json; charset=utf-8";

    public static ApiResponse Ok<T>(T value) => new(200, Json, JsonSerializer.Serialize(value, ApiJson.Options));

    /// <summary>An RFC 9457 problem document.</summary>
    public static ApiResponse Problem(int status, string title, string detail)
    {
        var problem = new Contract.ProblemDto($"https://httpstatuses.io/{status}", title, status, detail);
        return new(status, ProblemJson, JsonSerializer.Serialize(problem, ApiJson.Options));
    }

    public static ApiResponse NotFound(string detail) => Problem(404, "Not found", detail);

    public static ApiResponse BadRequest(string detail) => Problem(400, "Bad request", detail);
}
