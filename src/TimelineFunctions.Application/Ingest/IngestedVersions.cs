using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Ingest;

/// <summary>Tells whether a blob version has been ingested yet, whatever the outcome: the article it became, found by its story placement.</summary>
public sealed class IngestedVersions(IArticleStore articleStore, IBlobAssignmentStore assignmentStore)
{
    /// <summary>The article this exact version (<paramref name="fingerprint"/>, see <see cref="ContentFingerprint"/>) became; null while it is not ingested.</summary>
    public async Task<ArticleRecord?> FindAsync(string blobName, string fingerprint, CancellationToken cancellationToken)
    {
        if (!ArticleLocation.TryParse(blobName, out var location, out _))
        {
            return null;
        }

        var storyId = StoryPlacement.Known(location!, await assignmentStore.GetAssignmentAsync(blobName, cancellationToken))?.StoryId;
        var article = storyId is null ? null : await articleStore.GetArticleAsync(storyId, location!.ArticleId, cancellationToken);
        return article is not null && article.BlobName == blobName && article.ContentHash == fingerprint ? article : null;
    }
}
