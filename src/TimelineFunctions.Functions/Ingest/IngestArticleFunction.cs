using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Functions.Ingest;

/// <summary>The blob trigger: each new or changed blob in the articles container is read and ingested.</summary>
/// <remarks>
/// What the host sees: success for every article decided (processed, unchanged, superseded, or rejected with its
/// reason recorded); an exception when storage fails, so the host retries and, after its fifth attempt, writes the
/// poison queue (<see cref="RecordPoisonedArticleFunction"/> then shows the article as failed).
/// </remarks>
public sealed class IngestArticleFunction(IngestService ingest, ArticleBlobReader reader, UnusableBlobNames unusableNames, ILogger<IngestArticleFunction> logger)
{
    [Function("IngestArticle")]
    public async Task IngestArticle(
        [BlobTrigger($"{ArticlesConnection.Container}/{{name}}", Source = BlobTriggerSource.EventGrid, Connection = ArticlesConnection.SettingName)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        if (await unusableNames.RecordIfUnusableAsync(name, cancellationToken))
        {
            logger.LogWarning("Rejected blob {BlobName}: its name cannot be an article's", StoryId.Printable(name));
            return;
        }

        var request = await reader.ReadAsync(blob, name, cancellationToken);
        if (request is null)
        {
            logger.LogInformation("Blob {BlobName} is gone; nothing to ingest", name);
            return;
        }

        var result = await ingest.IngestAsync(request, cancellationToken);
        logger.LogInformation("{Outcome}: {Message}", result.Outcome, result.Message);
    }
}
