namespace TimelineFunctions.Api;

/// <summary>
/// An HTTP request as the API sees it, whatever the host: <see cref="Path"/> is relative to the API root
/// ("stories/abc/timeline", no "/api/" prefix), query and header names are case-insensitive.
/// </summary>
public sealed record ApiRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body = null)
{
    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
