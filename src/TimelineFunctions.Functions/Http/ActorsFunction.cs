using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace TimelineFunctions.Functions.Http;

/// <summary>A story's actors with roles and aliases.</summary>
public sealed class ActorsFunction(ApiHttpAdapter api)
{
    [Function("Actors")]
    public Task<IActionResult> Actors(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "stories/{storyId}/actors")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);
}
