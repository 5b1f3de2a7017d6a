using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace TimelineFunctions.Functions.Http;

/// <summary>A story's articles, one article's evidence, and the article commands (withdraw, move), which need a function key.</summary>
public sealed class ArticlesFunctions(ApiHttpAdapter api)
{
    [Function("Articles")]
    public Task<IActionResult> Articles(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "stories/{storyId}/articles")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);

    [Function("Article")]
    public Task<IActionResult> Article(
        [HttpTrigger(AuthorizationLevel.Anonymous, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Options, Route = "stories/{storyId}/articles/{articleId}")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);

    /// <summary>Withdraws the article: a write, so it needs a function key (the reads of the same path do not).</summary>
    [Function("ArticleWithdrawal")]
    public Task<IActionResult> ArticleWithdrawal(
        [HttpTrigger(AuthorizationLevel.Function, AnyMethod.Delete, Route = "stories/{storyId}/articles/{articleId}")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);

    /// <summary>Moves the article to another story: a write, so every method of this path needs a function key.</summary>
    [Function("ArticleStory")]
    public Task<IActionResult> ArticleStory(
        [HttpTrigger(AuthorizationLevel.Function, AnyMethod.Get, AnyMethod.Head, AnyMethod.Post, AnyMethod.Put, AnyMethod.Patch, AnyMethod.Delete, AnyMethod.Options, Route = "stories/{storyId}/articles/{articleId}/story")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.HandleAsync(request, cancellationToken);
}
