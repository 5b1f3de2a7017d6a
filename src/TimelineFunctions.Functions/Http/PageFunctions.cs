using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace TimelineFunctions.Functions.Http;

/// <summary>The timeline page: the story list, a story, an article, and the page's script and style.</summary>
public sealed class PageFunctions(ApiHttpAdapter api)
{
    [Function("StoriesPage")]
    public Task<IActionResult> StoriesPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "view")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);

    [Function("StoryPage")]
    public Task<IActionResult> StoryPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "view/stories/{storyId}")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);

    [Function("ArticlePage")]
    public Task<IActionResult> ArticlePage(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "view/stories/{storyId}/articles/{articleId}")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);

    [Function("PageAssets")]
    public Task<IActionResult> PageAssets(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "view/assets/{name}")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);
}
