using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace TimelineFunctions.Functions.Http;

/// <summary>Any other path under /api: the API's 404 problem document instead of the host's empty 404.</summary>
/// <remarks>
/// It answers 404 and nothing else, so a request it catches can never reach a route that needs a key. Newer hosts
/// try routes with literal segments before a catch-all; older ones (4.1037, the one run locally) try them in the
/// order of the functions' names, so this name must sort after every other function's: the host tests check that
/// each path and method reaches its own function.
/// </remarks>
public sealed class UnknownRouteFunction(ApiHttpAdapter api)
{
    [Function("UnknownRoute")]
    public Task<IActionResult> UnknownRoute(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "{*path}")] HttpRequest request,
        CancellationToken cancellationToken) =>
        Task.FromResult(api.NotFound(request));
}
