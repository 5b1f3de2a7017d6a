using System.Text.Json.Serialization;

namespace TimelineFunctions.Handler.Protocol;

/// <summary>
/// The handler's reply to the Functions host. The host requires a 2xx JSON object (never an empty body);
/// keys inside <see cref="Outputs"/> must match binding names exactly.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse WithLogs(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}

/// <summary>The value of an http output binding (<c>Outputs.res</c>): use statusCode, not status.</summary>
public sealed record HttpOutput(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string> Headers,
    [property: JsonPropertyName("body")] string Body);
