using System.Net;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Host;

/// <summary>The app run with Api__ReadAccess=Key: reads need one of Api__ReadKeys; the OpenAPI document stays anonymous.</summary>
public sealed class ReadAccessTests : IAsyncLifetime
{
    private const string ReadKey = "read-key-0123456789abcdef0123456789";

    private FunctionAppProcess? _app;

    private FunctionAppProcess App => _app!;

    public async Task InitializeAsync() =>
        _app = await FunctionAppProcess.StartAsync(_ => new Dictionary<string, string> { ["Api__ReadAccess"] = "Key", ["Api__ReadKeys"] = $"other-key-abcdefghijklmnopqrstu;{ReadKey}" });

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reads_need_a_read_key_as_header_or_code()
    {
        using (var anonymous = await App.Http.GetAsync("/api/stories"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        }

        using (var wrong = await App.Http.GetAsync("/api/stories?code=not-a-key"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using (var page = await App.Http.GetAsync("/api/view"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        request.Headers.Add("x-functions-key", ReadKey);
        using (var keyed = await App.Http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        }

        using var coded = await App.Http.GetAsync($"/api/rejected-blobs?code={ReadKey}");
        Assert.Equal(HttpStatusCode.OK, coded.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_stays_anonymous()
    {
        using var response = await App.Http.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
