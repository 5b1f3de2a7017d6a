using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Api;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Functions.Http;

namespace TimelineFunctions.Functions.Tests.Http;

/// <summary>Reads are anonymous unless Api__ReadAccess=Key; then a read needs one of Api__ReadKeys.</summary>
public sealed class ReadAccessGateTests
{
    private const string Key = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private readonly FunctionTestContext _app = new();

    [Fact]
    public async Task Reads_are_anonymous_by_default()
    {
        var (status, _) = await GetAsync(ReadAccessGate.Open, "/api/stories");
        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("/api/stories", null, 401)]
    [InlineData("/api/stories?code=wrong-key", null, 401)]
    [InlineData("/api/view", null, 401)]
    [InlineData("/api/rejected-blobs", "wrong-key", 401)]
    [InlineData("/api/stories?code=" + Key, null, 200)]
    [InlineData("/api/rejected-blobs", Key, 200)]
    [InlineData("/api/openapi.json", null, 200)]
    [InlineData("/api/view/assets/timeline.css", null, 200)]
    public async Task With_read_access_key_a_read_needs_one_of_the_read_keys(string path, string? header, int expected)
    {
        var gate = new ReadAccessGate(new ApiOptions { ReadAccess = ReadAccess.Key, ReadKeys = $"first-key-abcdefghijklmnopqrs; {Key}" });

        var (status, body) = await GetAsync(gate, path, header);

        Assert.Equal(expected, status);
        if (status == 401)
        {
            Assert.Contains("requires a key for reads", body, StringComparison.Ordinal);
        }
    }

    private async Task<(int Status, string Body)> GetAsync(ReadAccessGate gate, string path, string? key = null)
    {
        var adapter = new ApiHttpAdapter(new TimelineApi(new TimelineQueryService(_app.Store, _app.Store), _app.Commands), NullLogger<ApiHttpAdapter>.Instance, gate);
        var request = FunctionTestContext.Request("GET", path);
        if (key is not null)
        {
            request.Headers["x-functions-key"] = key;
        }

        var (status, _, _, body) = await FunctionTestContext.ExecuteAsync(request, await adapter.HandleAsync(request, CancellationToken.None));
        return (status, body);
    }
}
