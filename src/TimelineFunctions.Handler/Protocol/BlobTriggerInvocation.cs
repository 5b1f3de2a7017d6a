using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TimelineFunctions.Handler.Protocol;

/// <summary>
/// A blob-trigger invocation as the Functions host sends it to <c>POST /{FunctionName}</c>: <c>Data.article</c>
/// holds the blob bytes in base64 (binding dataType "binary"), <c>Metadata.name</c> the <c>{name}</c> path value,
/// <c>Metadata.Uri</c> the blob URI (both double-encoded strings), <c>Metadata.Properties</c> the blob properties
/// and <c>Metadata.Metadata</c> the blob's own metadata as objects. <see cref="Parse"/> reads the host's
/// envelope; <see cref="ToEnvelope"/> writes the same shape, so the local trigger sends exactly what the host
/// sends.
/// </summary>
public sealed record BlobTriggerInvocation(
    string BlobName,
    byte[] Content,
    Uri? BlobUri,
    string? ContentType,
    DateTimeOffset? LastModified,
    string? ETag,
    IReadOnlyDictionary<string, string> BlobMetadata)
{
    public const string BindingName = "article";

    /// <exception cref="FormatException">The envelope lacks the blob content or name.</exception>
    public static BlobTriggerInvocation Parse(JsonElement envelope, string containerName)
    {
        var data = BindingValue.Property(envelope, "Data") ?? throw new FormatException("The invocation has no Data.");
        var metadata = BindingValue.Property(envelope, "Metadata") ?? default;
        var contentValue = BindingValue.Property(data, BindingName) ?? throw new FormatException($"The invocation has no Data.{BindingName}.");
        var content = DecodeContent(contentValue);

        var uriText = metadata.ValueKind == JsonValueKind.Object && BindingValue.Property(metadata, "Uri") is { } u ? BindingValue.AsString(u) : null;
        Uri.TryCreate(uriText, UriKind.Absolute, out var uri);
        var name = metadata.ValueKind == JsonValueKind.Object && BindingValue.Property(metadata, "name") is { } n ? BindingValue.AsString(n) : null;
        name ??= BlobNameFromUri(uri, containerName) ?? throw new FormatException("The invocation names no blob (Metadata.name and Metadata.Uri are missing).");

        var properties = metadata.ValueKind == JsonValueKind.Object && BindingValue.Property(metadata, "Properties") is { } p ? BindingValue.AsObject(p) : null;
        var props = BindingValue.AsStringMap(properties);
        var blobMetadata = metadata.ValueKind == JsonValueKind.Object && BindingValue.Property(metadata, "Metadata") is { } m
            ? BindingValue.AsStringMap(BindingValue.AsObject(m))
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        return new BlobTriggerInvocation(
            name,
            content,
            uri,
            props.GetValueOrDefault(BlobPropertyNames.ContentType),
            DateTimeOffset.TryParse(props.GetValueOrDefault(BlobPropertyNames.LastModified), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) ? modified : null,
            props.GetValueOrDefault(BlobPropertyNames.ETag) is { Length: > 2 } etag ? etag : null,
            blobMetadata);
    }

    /// <summary>The envelope the Functions host would send for this blob.</summary>
    public JsonObject ToEnvelope(string functionName, DateTimeOffset now)
    {
        var metadataObject = new JsonObject();
        foreach (var (key, value) in BlobMetadata)
        {
            metadataObject[key] = value;
        }

        var properties = new JsonObject
        {
            [BlobPropertyNames.LastModified] = LastModified?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["CreatedOn"] = LastModified?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["ContentLength"] = Content.Length,
            [BlobPropertyNames.ContentType] = ContentType,
            ["BlobType"] = 0,
            [BlobPropertyNames.ETag] = new JsonObject(), // Azure.ETag has no public properties: the host sends {}
            ["Metadata"] = metadataObject.DeepClone(),
        };

        return new JsonObject
        {
            ["Data"] = new JsonObject { [BindingName] = Convert.ToBase64String(Content) },
            ["Metadata"] = new JsonObject
            {
                ["Uri"] = DoubleEncode(BlobUri?.ToString() ?? BlobName),
                ["Properties"] = properties,
                ["Metadata"] = metadataObject,
                ["name"] = DoubleEncode(BlobName),
                ["sys"] = new JsonObject
                {
                    ["MethodName"] = functionName,
                    ["UtcNow"] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                    ["RandGuid"] = Guid.NewGuid().ToString(),
                },
            },
        };
    }

    private static string DoubleEncode(string value) => JsonSerializer.Serialize(value);

    private static byte[] DecodeContent(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"Data.{BindingName} must be a string (base64 for dataType binary).");
        }

        var raw = value.GetString()!;

        // dataType "string" (or none) sends the text JSON-encoded a second time instead of base64.
        if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"')
        {
            return Encoding.UTF8.GetBytes(BindingValue.AsString(value) ?? "");
        }

        try
        {
            return Convert.FromBase64String(raw);
        }
        catch (FormatException)
        {
            throw new FormatException($"Data.{BindingName} is neither base64 nor a JSON-encoded string; set \"dataType\": \"binary\" on the trigger.");
        }
    }

    private static string? BlobNameFromUri(Uri? uri, string containerName)
    {
        if (uri is null)
        {
            return null;
        }

        // https://account.blob.core.windows.net/articles/a/b.txt or http://127.0.0.1:10000/devstoreaccount1/articles/a/b.txt
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimStart('/');
        var marker = path.IndexOf(containerName + "/", StringComparison.Ordinal);
        return marker < 0 ? null : path[(marker + containerName.Length + 1)..];
    }
}

/// <summary>Field names of the host's serialized BlobProperties (Metadata.Properties).</summary>
internal static class BlobPropertyNames
{
    public const string LastModified = "LastModified";
    public const string ContentType = "ContentType";
    public const string ETag = "ETag";
}
