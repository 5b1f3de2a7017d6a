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
    Task SaveArticleAsync(
        ArticleRecord article,
        IReadOnlyList<EventContribution> events,
        IReadOnlyList<ActorContribution> actors,
        CancellationToken cancellationToken);

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

/// <summary>Everything stored for one story: its articles and their current contributions.</summary>
public sealed record StoryContents(
    IReadOnlyList<ArticleRecord> Articles,
    IReadOnlyList<EventContribution> Events,
    IReadOnlyList<ActorContribution> Actors);

/// <summary>A blob that could not be placed in any story (its folder is not a valid story id), and why.</summary>
public sealed record RejectedBlob(string BlobName, string Code, string Reason, DateTimeOffset RecordedAt);
