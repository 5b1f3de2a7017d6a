using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Functions.Ingest;

/// <summary>
/// After the host gave up on a blob (five failed attempts of <see cref="IngestArticleFunction"/>), it writes the
/// blob trigger's poison queue; this function lists that blob's article as failed so it shows in the API.
/// </summary>
public sealed class RecordPoisonedArticleFunction(FailedDeliveries failures, ArticleBlobReader reader, StorageClients storage, ILogger<RecordPoisonedArticleFunction> logger)
{
    /// <summary>The queue the WebJobs blob extension writes a blob to after its last failed attempt.</summary>
    public const string PoisonQueue = "webjobs-blobtrigger-poison";

    [Function("RecordPoisonedArticle")]
    public async Task RecordPoisonedArticle(
        [QueueTrigger(PoisonQueue, Connection = "AzureWebJobsStorage")] string message,
        CancellationToken cancellationToken)
    {
        if (PoisonMessage.TryParse(message) is not { } poisoned || poisoned.ContainerName != storage.Options.ArticlesContainer)
        {
            logger.LogWarning("Ignored a poison message that names no article blob: {Message}", message.Length > 300 ? message[..300] : message);
            return;
        }

        // A name that cannot be an article's is not read back (a '..' in it would address another blob): it is listed as rejected.
        var request = ArticleLocation.TryParse(poisoned.BlobName, out _, out _)
            ? await reader.ReadAsync(storage.ArticlesContainer.GetBlobClient(poisoned.BlobName), poisoned.BlobName, cancellationToken)
            : null;
        request ??= new IngestRequest(poisoned.BlobName, ReadOnlyMemory<byte>.Empty, null, new Dictionary<string, string>(), null);
        logger.LogError("Blob {BlobName} failed every delivery attempt; recording it as failed", poisoned.BlobName);
        await failures.RecordAsync(request, cancellationToken);
    }

    /// <summary>The blob extension's message: {"Type":"BlobTrigger","FunctionId",...,"ContainerName","BlobName","ETag"}.</summary>
    public sealed record PoisonMessage(string ContainerName, string BlobName)
    {
        public static PoisonMessage? TryParse(string message)
        {
            try
            {
                using var document = JsonDocument.Parse(message);
                var root = document.RootElement;
                return root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty(nameof(ContainerName), out var container) && container.ValueKind == JsonValueKind.String
                    && root.TryGetProperty(nameof(BlobName), out var blob) && blob.ValueKind == JsonValueKind.String
                    ? new PoisonMessage(container.GetString()!, blob.GetString()!)
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
