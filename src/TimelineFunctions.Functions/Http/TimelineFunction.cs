using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace TimelineFunctions.Functions.Http;

/// <summary>A story's timeline, filtered and paged, and its exports (?format=).</summary>
public sealed class TimelineFunction(ApiHttpAdapter api)
{
    [Function("Timeline")]
    public Task<IActionResult> Timeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "stories/{storyId}/timeline")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);
}
