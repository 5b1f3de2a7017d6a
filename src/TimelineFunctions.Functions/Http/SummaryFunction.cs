using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace TimelineFunctions.Functions.Http;

/// <summary>A story's key dates, each told in a few sentences with their sources, and its exports (?format=).</summary>
public sealed class SummaryFunction(ApiHttpAdapter api)
{
    [Function("Summary")]
    public Task<IActionResult> Summary(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "stories/{storyId}/summary")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);
}
