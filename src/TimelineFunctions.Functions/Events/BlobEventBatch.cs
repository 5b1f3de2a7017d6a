using System.Text.Json;

namespace TimelineFunctions.Functions.Events;

/// <summary>One <c>Microsoft.Storage.BlobDeleted</c> event: the container and blob it names, and when the blob was deleted.</summary>
public sealed record BlobDeletedEvent(string Container, string BlobName, DateTimeOffset? DeletedAt);

/// <summary>
/// What Event Grid posted to the blob-deleted endpoint: the subscription handshake's validation code, or the
/// BlobDeleted events.
/// </summary>
/// <remarks>
/// Reads the Event Grid schema (an array of events) and the CloudEvents 1.0 schema (one event, or an array of
/// them). Events of other types are left out; a body that is not such a document is refused.
/// </remarks>
public sealed record BlobEventBatch(string? ValidationCode, IReadOnlyList<BlobDeletedEvent> Deleted)
{
    public const string BlobDeletedType = "Microsoft.Storage.BlobDeleted";
    public const string ValidationType = "Microsoft.EventGrid.SubscriptionValidationEvent";

    /// <summary>The most events one request may carry (Event Grid sends at most 5,000, and one by default).</summary>
    public const int MaxEvents = 5000;

    private const string SubjectStart = "/blobServices/default/containers/";

    public static bool TryParse(string body, out BlobEventBatch? batch, out string? problem)
    {
        batch = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            problem = "The body is not JSON.";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            var events = root.ValueKind switch
            {
                JsonValueKind.Array => [.. root.EnumerateArray()],
                JsonValueKind.Object => new List<JsonElement> { root },
                _ => null,
            };
            if (events is null || events.Count is 0 or > MaxEvents || events.Any(e => e.ValueKind != JsonValueKind.Object))
            {
                problem = $"The body must be an Event Grid event array or a CloudEvent (1 to {MaxEvents:N0} events).";
                return false;
            }

            string? code = null;
            var deleted = new List<BlobDeletedEvent>();
            foreach (var e in events)
            {
                var type = Text(e, "eventType") ?? Text(e, "type");
                if (type == ValidationType)
                {
                    code = e.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? Text(data, "validationCode") : null;
                    if (string.IsNullOrEmpty(code) || code.Length > 200)
                    {
                        problem = "The subscription validation event has no usable data.validationCode.";
                        return false;
                    }
                }
                else if (type == BlobDeletedType)
                {
                    if (ReadDeleted(e) is not { } blob)
                    {
                        problem = $"A {BlobDeletedType} event has no subject of the form {SubjectStart}CONTAINER/blobs/NAME.";
                        return false;
                    }

                    deleted.Add(blob);
                }
            }

            batch = new BlobEventBatch(code, deleted);
            problem = null;
            return true;
        }
    }

    private static BlobDeletedEvent? ReadDeleted(JsonElement e)
    {
        var subject = Text(e, "subject");
        if (subject is null || !subject.StartsWith(SubjectStart, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = subject[SubjectStart.Length..];
        var marker = rest.IndexOf("/blobs/", StringComparison.Ordinal);
        if (marker <= 0 || marker + "/blobs/".Length >= rest.Length)
        {
            return null;
        }

        var time = Text(e, "eventTime") ?? Text(e, "time");
        return new BlobDeletedEvent(
            rest[..marker],
            rest[(marker + "/blobs/".Length)..],
            DateTimeOffset.TryParse(time, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? at : null);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
