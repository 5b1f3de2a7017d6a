using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Ports;

/// <summary>The article rows of a story and their contributions (event and actor mentions), as ingest and the editors' commands write them.</summary>
/// <remarks>
/// Implementations must make <see cref="SaveArticleAsync"/> safe to repeat and to run concurrently for the same article.
/// </remarks>
public interface IArticleStore
{
    Task<ArticleRecord?> GetArticleAsync(string storyId, string articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the article's contributions with these (all for <see cref="ArticleRecord.ContentHash"/>) and then
    /// writes the article record, so that a crash halfway leaves the previous state visible and the next delivery
    /// repairs it. A record older than the stored one (by blob modification time) does not replace it. A rejected
    /// or failed article is saved the same way, with no contributions.
    /// </summary>
    Task<ArticleSaveResult> SaveArticleAsync(
        ArticleRecord article,
        IReadOnlyList<EventContribution> events,
        IReadOnlyList<ActorContribution> actors,
        CancellationToken cancellationToken);

    /// <summary>
    /// The article with its detail and its current contributions (none unless it is processed), or null: what a
    /// move copies into another story.
    /// </summary>
    Task<ArticleVersion?> GetArticleVersionAsync(string storyId, string articleId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the article withdrawn (it stays in the article list with that status, naming the same content hash,
    /// so a re-delivery of that version changes nothing) and deletes its contributions. Returns the record as it
    /// was before, or null when the story holds no such article. Repeating it is harmless.
    /// </summary>
    Task<ArticleRecord?> WithdrawArticleAsync(string storyId, string articleId, Withdrawal withdrawal, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the article out of the story (its row and all its contributions) when its row names
    /// <paramref name="blobName"/>; the last step of a move. Returns the removed record, or null when there was none.
    /// </summary>
    Task<ArticleRecord?> RemoveArticleAsync(string storyId, string articleId, string blobName, CancellationToken cancellationToken);

    /// <summary>
    /// Notes on the article row that a newer version of its blob failed every delivery attempt, leaving its current
    /// version and contributions as they are. False (nothing written) when the story holds no such article, or the
    /// stored version is that version or a newer one. Repeating it is harmless.
    /// </summary>
    Task<bool> RecordFailedVersionAsync(string storyId, string articleId, FailedVersion failure, CancellationToken cancellationToken);
}
