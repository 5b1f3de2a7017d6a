namespace TimelineFunctions.Api.Routing;

/// <summary>Finds the route for a request: 404 for an unknown path, 405 for a known path with another method.</summary>
public sealed class Router(IReadOnlyList<Route> routes)
{
    public IReadOnlyList<Route> Routes { get; } = routes;

    public Task<ApiResponse> DispatchAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var segments = request.Path.Trim('/').Split('/');
        var pathKnown = false;
        foreach (var route in Routes)
        {
            if (!route.TryMatch(segments, out var values))
            {
                continue;
            }

            if (route.Method.Equals(request.Method, StringComparison.OrdinalIgnoreCase)
                || (route.Method == "GET" && request.Method.Equals("HEAD", StringComparison.OrdinalIgnoreCase)))
            {
                return route.Handler(request, values, cancellationToken);
            }

            pathKnown = true;
        }

        return Task.FromResult(pathKnown
            ? ApiResponse.Problem(405, "Method not allowed", $"{request.Method} is not supported on /api/{request.Path.Trim('/')}.")
            : ApiResponse.NotFound($"There is no API resource at /api/{request.Path.Trim('/')}."));
    }
}
