using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Api;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;
using TimelineFunctions.Functions.Http;

namespace TimelineFunctions.Functions.Tests;

/// <summary>The app's services on the in-memory store, and HTTP requests and responses as ASP.NET Core integration hands them to a function.</summary>
internal sealed class FunctionTestContext
{
    public FunctionTestContext()
    {
        Store = new InMemoryTimelineStore();
        Ingest = new IngestService(Store, Store, Store, Store, Store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        var queries = new TimelineQueryService(Store, Store);
        Commands = new ArticleCommands(Store, Store, Store, TimeProvider.System, NullLogger<ArticleCommands>.Instance);
        Api = new ApiHttpAdapter(new TimelineApi(queries, Commands), NullLogger<ApiHttpAdapter>.Instance);
    }

    public InMemoryTimelineStore Store { get; }

    public IngestService Ingest { get; }

    public ArticleCommands Commands { get; }

    public ApiHttpAdapter Api { get; }

    public Functions.Ingest.IngestArticleFunction IngestFunction() =>
        new(Ingest, new Functions.Ingest.ArticleBlobReader(), new UnusableBlobNames(Store, TimeProvider.System), NullLogger<Functions.Ingest.IngestArticleFunction>.Instance);

    /// <summary>A plain-text article published on 2024-06-01, as its blob would deliver it.</summary>
    public static IngestRequest TextArticle(string blobName, string text, DateTimeOffset? modified) =>
        new(blobName, Encoding.UTF8.GetBytes(text), "text/plain", new Dictionary<string, string> { ["published"] = "2024-06-01" }, modified);

    /// <summary>The body of a GET through the API for a client that accepts <paramref name="accept"/>; anything but a 200 fails the test.</summary>
    public async Task<string> GetAsync(string path, string accept)
    {
        var request = Request("GET", path);
        request.Headers.Accept = accept;
        var (status, _, _, body) = await ExecuteAsync(request, await Api.HandleAsync(request, CancellationToken.None));
        Assert.True(status == 200, $"{path} → {status}: {body}");
        return body;
    }

    public async Task<JsonElement> GetJsonAsync(string path) =>
        JsonDocument.Parse(await GetAsync(path, "application/json")).RootElement.Clone();

    public static HttpRequest Request(string method, string pathAndQuery, string? body = null, string? contentType = null)
    {
        var context = new DefaultHttpContext();
        var parts = pathAndQuery.Split('?', 2);
        context.Request.Method = method;
        context.Request.Path = parts[0];
        context.Request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = contentType;
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>Runs the result as the worker would and reads back what the client gets.</summary>
    public static async Task<(int Status, string? ContentType, IHeaderDictionary Headers, string Body)> ExecuteAsync(HttpRequest request, IActionResult result)
    {
        var http = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, http.Response.ContentType, http.Response.Headers, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
