using System.Text;
using System.Text.Json;
using TimelineFunctions.Handler.Protocol;
using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Protocol;

/// <summary>Unit tests of the envelope parsing: every form the host has been seen to send.</summary>
public sealed class InvocationParsingTests
{
    [Theory]
    [InlineData("\"\\\"abc\\\"\"", "abc")] // double-encoded: the host's current form
    [InlineData("\"abc\"", "abc")] // plain
    [InlineData("\"4\"", "4")] // numbers arrive as strings
    [InlineData("null", null)]
    public void String_values_are_decoded_from_every_form(string json, string? expected)
    {
        Assert.Equal(expected, BindingValue.AsString(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void Objects_sent_as_json_strings_by_older_hosts_are_read_as_objects()
    {
        var value = JsonDocument.Parse("\"{\\\"ContentType\\\":\\\"text/html\\\"}\"").RootElement;
        Assert.Equal("text/html", BindingValue.AsStringMap(BindingValue.AsObject(value))["ContentType"]);
    }

    [Fact]
    public void The_hosts_blob_envelope_is_parsed_into_name_bytes_and_properties()
    {
        var bytes = Encoding.UTF8.GetBytes("Ünïcödé text");
        var envelope = JsonDocument.Parse(HostPayloads.BlobTrigger("story/a b.txt", bytes, contentType: "text/plain", metadata: new Dictionary<string, string> { ["published"] = "2024-01-02" })).RootElement;

        var invocation = BlobTriggerInvocation.Parse(envelope, "articles");

        Assert.Equal("story/a b.txt", invocation.BlobName);
        Assert.Equal(bytes, invocation.Content);
        Assert.Equal("text/plain", invocation.ContentType);
        Assert.Equal(new DateTimeOffset(2024, 11, 5, 21, 14, 3, TimeSpan.Zero), invocation.LastModified);
        Assert.Equal("2024-01-02", invocation.BlobMetadata["published"]);
    }

    [Fact]
    public void Without_a_name_the_blob_name_is_rebuilt_from_the_uri()
    {
        var json = HostPayloads.BlobTrigger("story/x.txt", [1, 2, 3]).Replace("\"name\":", "\"ignored\":", StringComparison.Ordinal);
        Assert.Equal("story/x.txt", BlobTriggerInvocation.Parse(JsonDocument.Parse(json).RootElement, "articles").BlobName);
    }

    [Fact]
    public void The_local_triggers_envelope_parses_back_to_the_same_invocation()
    {
        var original = new BlobTriggerInvocation(
            "story/a.html",
            Encoding.UTF8.GetBytes("<p>hi</p>"),
            new Uri("http://127.0.0.1:10000/devstoreaccount1/articles/story/a.html"),
            "text/html",
            new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero),
            "\"0x8DCFD1A2B3C4D5E\"",
            new Dictionary<string, string> { ["url"] = "https://example.com/a" });

        var envelope = JsonDocument.Parse(original.ToEnvelope("IngestArticle", DateTimeOffset.UtcNow).ToJsonString()).RootElement;
        var parsed = BlobTriggerInvocation.Parse(envelope, "articles");

        Assert.Equal(original.BlobName, parsed.BlobName);
        Assert.Equal(original.Content, parsed.Content);
        Assert.Equal(original.ContentType, parsed.ContentType);
        Assert.Equal(original.LastModified, parsed.LastModified);
        Assert.Equal(original.BlobMetadata["url"], parsed.BlobMetadata["url"]);
        Assert.StartsWith("\"", envelope.GetProperty("Metadata").GetProperty("name").GetString(), StringComparison.Ordinal); // double-encoded, like the host
    }

    [Fact]
    public void The_hosts_http_envelope_becomes_an_api_request_without_the_function_key()
    {
        var envelope = JsonDocument.Parse(HostPayloads.HttpTrigger("stories/x/timeline", query: new Dictionary<string, string> { ["from"] = "2024-01-01", ["code"] = "k" })).RootElement;
        var request = HttpTriggerInvocation.Parse(envelope);

        Assert.Equal(("GET", "stories/x/timeline"), (request.Method, request.Path));
        Assert.Equal("2024-01-01", request.QueryValue("from"));
        Assert.Null(request.QueryValue("code"));
        Assert.Equal("application/json", request.Headers["Accept"]);
    }
}
