using System.Text.Json;
using System.Text.Json.Nodes;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// Invocation envelopes written out literally in the shapes the Functions host sends (see
/// ../shared/reference/azure-functions-custom-handler.md §2.2 and §2.4), independent of the handler's own
/// envelope builder, so the contract tests catch a handler that only understands itself.
/// </summary>
public static class HostPayloads
{
    public static string BlobTrigger(string blobName, byte[] content, string container = "articles", string? contentType = "text/plain", IDictionary<string, string>? metadata = null, string? lastModified = "2024-11-05T21:14:03+00:00")
    {
        var meta = new JsonObject();
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            meta[key] = value;
        }

        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["article"] = Convert.ToBase64String(content) },
            ["Metadata"] = new JsonObject
            {
                ["Uri"] = JsonSerializer.Serialize($"https://stnewsxyz.blob.core.windows.net/{container}/{blobName}"),
                ["Properties"] = new JsonObject
                {
                    ["LastModified"] = lastModified,
                    ["CreatedOn"] = lastModified,
                    ["ContentLength"] = content.Length,
                    ["ContentType"] = contentType,
                    ["ContentHash"] = "q83vEjRWeJq83vEjRWeJqw==",
                    ["BlobType"] = 0,
                    ["ETag"] = new JsonObject(),
                    ["Metadata"] = meta.DeepClone(),
                },
                ["Metadata"] = meta,
                ["name"] = JsonSerializer.Serialize(blobName),
                ["sys"] = new JsonObject
                {
                    ["MethodName"] = "IngestArticle",
                    ["UtcNow"] = "2024-11-05T21:14:05.1234567Z",
                    ["RandGuid"] = "5b0c2a8e-0f3e-4c55-9d0c-6a1c2b9e7d41",
                },
            },
        };
        return envelope.ToJsonString();
    }

    public static string HttpTrigger(string path, string method = "GET", IDictionary<string, string>? query = null)
    {
        var queryObject = new JsonObject();
        var metadata = new JsonObject { ["path"] = JsonSerializer.Serialize(path) };
        foreach (var (key, value) in query ?? new Dictionary<string, string>())
        {
            queryObject[key] = value;
            metadata[key] = JsonSerializer.Serialize(value);
        }

        var queryString = query is null ? "" : "?" + string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject
            {
                ["req"] = new JsonObject
                {
                    ["Url"] = $"https://news-func.azurewebsites.net/api/{path}{queryString}",
                    ["Method"] = method,
                    ["Query"] = queryObject,
                    ["Headers"] = new JsonObject
                    {
                        ["Accept"] = new JsonArray("application/json"),
                        ["Host"] = new JsonArray("news-func.azurewebsites.net"),
                    },
                    ["Params"] = new JsonObject { ["path"] = path },
                    ["Identities"] = new JsonArray(),
                },
            },
            ["Metadata"] = metadata,
        };
        metadata["Query"] = queryObject.DeepClone();
        metadata["Headers"] = new JsonObject { ["Accept"] = "application/json", ["Host"] = "news-func.azurewebsites.net" };
        metadata["sys"] = new JsonObject { ["MethodName"] = "TimelineApi", ["UtcNow"] = "2024-11-06T08:00:00Z", ["RandGuid"] = "00000000-0000-0000-0000-000000000001" };
        return envelope.ToJsonString();
    }
}
