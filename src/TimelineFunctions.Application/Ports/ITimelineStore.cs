using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Ports;

/// <summary>
/// Persistence of stories, articles and their contributions. Implementations must make
/// <see cref="SaveArticleAsync"/> safe to repeat and to run concurrently for the same article.
/// </summary>
public interface ITimelineStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

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
    Task<ArticleRecord?> WithdrawArticleAsync(string storyId, string articleId, DateTimeOffset withdrawnAt, CancellationToken cancellationToken);

    /// <summary>As the other overload, with the withdrawal's own reason (an editor's, or a deleted blob).</summary>
    Task<ArticleRecord?> WithdrawArticleAsync(string storyId, string articleId, Withdrawal withdrawal, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the article out of the story (its row and all its contributions) when its row names
    /// <paramref name="blobName"/>; the last step of a move. Returns the removed record, or null when there was none.
    /// </summary>
    Task<ArticleRecord?> RemoveArticleAsync(string storyId, string articleId, string blobName, CancellationToken cancellationToken);

    /// <summary>The assignment index's entry for a blob, or null.</summary>
    Task<BlobAssignment?> GetAssignmentAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Records the entry unless the blob already has one; returns the entry that is stored (first writer wins).</summary>
    Task<BlobAssignment> AddAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken);

    /// <summary>Records the entry, replacing any earlier one (a move).</summary>
    Task SetAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken);

    /// <summary>Every story's profile (one small row per story; no story partition is read).</summary>
    Task<IReadOnlyList<StoryProfile>> ListProfilesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="update"/> to the story's profile (an empty one when it has none yet) with optimistic
    /// concurrency, calling it again on a conflict; returns the stored result.
    /// </summary>
    Task<StoryProfile> UpdateProfileAsync(string storyId, Func<StoryProfile, StoryProfile> update, CancellationToken cancellationToken);

    /// <summary>
    /// Notes on the article row that a newer version of its blob failed every delivery attempt, leaving its current
    /// version and contributions as they are. False (nothing written) when the story holds no such article, or the
    /// stored version is that version or a newer one. Repeating it is harmless.
    /// </summary>
    Task<bool> RecordFailedVersionAsync(string storyId, string articleId, FailedVersion failure, CancellationToken cancellationToken);

    /// <summary>Records a blob that belongs to no valid story, so the reason is visible through the API.</summary>
    Task RecordRejectedBlobAsync(RejectedBlob blob, CancellationToken cancellationToken);

    Task<IReadOnlyList<RejectedBlob>> ListRejectedBlobsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StoryRecord>> ListStoriesAsync(CancellationToken cancellationToken);

    Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArticleRecord>> ListArticlesAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>The article with its analysis detail (cleaned text, removed furniture), or null.</summary>
    Task<ArticleRecord?> GetArticleDetailAsync(string storyId, string articleId, CancellationToken cancellationToken);

    /// <summary>The current contributions of every processed article of the story (stale versions filtered out).</summary>
    Task<StoryContents> GetStoryContentsAsync(string storyId, CancellationToken cancellationToken);
}

/// <summary>
/// What a save did: <see cref="Switched"/> when the article row now names this record because of this call, and
/// the record it replaced (null when the article was new). A save that lost to a newer or withdrawn version did
/// not switch.
/// </summary>
public sealed record ArticleSaveResult(bool Switched, ArticleRecord? Replaced);

/// <summary>One article as stored: the record with its detail and its current contributions.</summary>
public sealed record ArticleVersion(
    ArticleRecord Article,
    IReadOnlyList<EventContribution> Events,
    IReadOnlyList<ActorContribution> Actors);

/// <summary>Everything stored for one story: its articles and their current contributions.</summary>
public sealed record StoryContents(
    IReadOnlyList<ArticleRecord> Articles,
    IReadOnlyList<EventContribution> Events,
    IReadOnlyList<ActorContribution> Actors);

/// <summary>A blob that could not be placed in any story (its folder is not a valid story id), and why.</summary>
public sealed record RejectedBlob(string BlobName, string Code, string Reason, DateTimeOffset RecordedAt);
