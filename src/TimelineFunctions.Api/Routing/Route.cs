namespace TimelineFunctions.Api.Routing;

/// <summary>
/// One API route: a method and a path template of literal segments and {parameters}, e.g.
/// "stories/{storyId}/timeline".
/// </summary>
/// <remarks>
/// Matching is by whole segments; parameter values are URL-decoded.
/// </remarks>
public sealed class Route(string method, string template, Func<ApiRequest, RouteValues, CancellationToken, Task<ApiResponse>> handler)
{
    private readonly string[] _segments = template.Split('/');

    public string Method { get; } = method;

    public string Template { get; } = template;

    public Func<ApiRequest, RouteValues, CancellationToken, Task<ApiResponse>> Handler { get; } = handler;

    public bool TryMatch(string[] pathSegments, out RouteValues values)
    {
        values = new RouteValues();
        if (pathSegments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var pattern = _segments[i];
            if (pattern.StartsWith('{') && pattern.EndsWith('}'))
            {
                values[pattern[1..^1]] = Uri.UnescapeDataString(pathSegments[i]);
            }
            else if (!pattern.Equals(pathSegments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}

public sealed class RouteValues : Dictionary<string, string>
{
    public RouteValues()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }
}
