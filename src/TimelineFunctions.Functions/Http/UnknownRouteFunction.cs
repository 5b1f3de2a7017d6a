using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace TimelineFunctions.Functions.Http;

/// <summary>Any other path under /api: the API's 404 problem document instead of the host's empty 404.</summary>
/// <remarks>
/// Newer hosts try routes with literal segments before a catch-all. Older ones (4.1037, the one run locally) try
/// them in the order of the functions' names, so this function's name must sort after every other; the host tests
/// check that each route reaches its own function.
/// </remarks>
public sealed class UnknownRouteFunction(ApiHttpAdapter api)
{
    [Function("UnknownRoute")]
    public Task<IActionResult> UnknownRoute(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "{*path}")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);
}
