using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TimelineFunctions.Api;

namespace TimelineFunctions.Functions.Http;

/// <summary>Writes an <see cref="ApiResponse"/> as it is: status, content type, every header, and the body (none for HEAD).</summary>
public sealed class ApiResult(ApiResponse response) : IActionResult
{
    public ApiResponse Response { get; } = response;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = Response.StatusCode;
        http.Response.ContentType = Response.ContentType;
        foreach (var (name, value) in Response.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.WriteAsync(Response.Body, http.RequestAborted);
        }
    }
}
