using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Evaluation.InMemory;

/// <summary>Every store port in memory, with the semantics of the table stores.</summary>
/// <remarks>
/// Contributions are kept per (story, article, content hash); the article record names the current hash, and only
/// contributions of that hash (for a processed article) are visible. A save whose blob is older than the stored
/// record leaves the stored one in place, and so does a withdrawn record of the same version; a save that replaces
/// a record drops the replaced version's contributions. The assignment index and story profiles behave as the table
/// stores' rows do. One class implements all five ports because they share state under one lock: a save adds to the
/// story list, and the story list leaves out stories whose profile redirects them elsewhere.
/// </remarks>
public sealed partial class InMemoryTimelineStore(TimeProvider clock)
    : IArticleStore, IStoryReader, IBlobAssignmentStore, IStoryProfileStore, IRejectedBlobStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoryRecord> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Story, string Article), ArticleRecord> _articles = [];
    private readonly Dictionary<(string Story, string Article, string Hash), Version> _versions = [];
    private readonly Dictionary<string, RejectedBlob> _rejected = new(StringComparer.Ordinal);

    public InMemoryTimelineStore()
        : this(TimeProvider.System)
    {
    }

    public Task<ArticleRecord?> GetArticleAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_articles.TryGetValue((storyId, articleId), out var article) ? WithoutDetail(article) : null);
        }
    }

    public Task<ArticleRecord?> GetArticleDetailAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_articles.TryGetValue((storyId, articleId), out var article))
            {
                return Task.FromResult<ArticleRecord?>(null);
            }

            var detail = _versions.GetValueOrDefault((storyId, articleId, article.ContentHash))?.Detail;
            return Task.FromResult<ArticleRecord?>(WithoutDetail(article) with
            {
                CleanedText = detail?.CleanedText,
                RemovedFurniture = detail?.RemovedFurniture ?? [],
            });
        }
    }

    public Task<ArticleSaveResult> SaveArticleAsync(
        ArticleRecord article,
        IReadOnlyList<EventContribution> events,
        IReadOnlyList<ActorContribution> actors,
        CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var story = _stories.GetValueOrDefault(article.StoryId);
            _stories[article.StoryId] = new StoryRecord(article.StoryId, story?.Title, clock.GetUtcNow());

            // Contributions first, under their own hash, as the table store writes them.
            var key = (article.StoryId, article.ArticleId, article.ContentHash);
            _versions[key] = new Version([.. events], [.. actors], article);

            if (_articles.TryGetValue((article.StoryId, article.ArticleId), out var stored))
            {
                var withdrawnVersion = stored.Status == ArticleStatus.Withdrawn && stored.ContentHash == article.ContentHash && article.Status != ArticleStatus.Withdrawn;
                if (withdrawnVersion || (stored.BlobLastModified is { } storedTime && article.BlobLastModified is { } ours && storedTime > ours))
                {
                    // A newer version is stored, or this one was withdrawn: this one is dropped (unless it is the stored, visible version).
                    if (stored.ContentHash != article.ContentHash || withdrawnVersion)
                    {
                        _versions.Remove(key);
                    }

                    return Task.FromResult(new ArticleSaveResult(false, null));
                }

                if (stored.ContentHash != article.ContentHash)
                {
                    _versions.Remove((article.StoryId, article.ArticleId, stored.ContentHash));
                }
            }

            _articles[(article.StoryId, article.ArticleId)] = article;
            return Task.FromResult(new ArticleSaveResult(true, stored is null ? null : WithoutDetail(stored)));
        }
    }

    public Task RecordRejectedBlobAsync(RejectedBlob blob, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _rejected[blob.BlobName] = blob;
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<RejectedBlob>> ListRejectedBlobsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<RejectedBlob>>([.. _rejected.Values.OrderBy(b => b.BlobName, StringComparer.Ordinal)]);
        }
    }

    public Task<IReadOnlyList<StoryRecord>> ListStoriesAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<StoryRecord>>([.. _stories.Values
                .Where(s => !(_profiles.TryGetValue(s.Id, out var p) && p.MergedInto is not null && p.ArticleCount == 0))
                .OrderBy(s => s.Id, StringComparer.Ordinal)]);
        }
    }

    public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_stories.GetValueOrDefault(storyId));
        }
    }

    public Task<IReadOnlyList<ArticleRecord>> ListArticlesAsync(string storyId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ArticleRecord>>(StoryArticles(storyId));
        }
    }

    public Task<StoryContents> GetStoryContentsAsync(string storyId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var articles = StoryArticles(storyId);
            var current = articles
                .Where(a => a.Status == ArticleStatus.Processed)
                .Select(a => _versions.GetValueOrDefault((storyId, a.ArticleId, a.ContentHash)))
                .OfType<Version>()
                .ToList();
            return Task.FromResult(new StoryContents(
                articles,
                [.. current.SelectMany(v => v.Events)],
                [.. current.SelectMany(v => v.Actors)]));
        }
    }

    private static ArticleRecord WithoutDetail(ArticleRecord article) =>
        article with { CleanedText = null, RemovedFurniture = [] };

    private List<ArticleRecord> StoryArticles(string storyId) =>
        [.. _articles.Where(p => p.Key.Story == storyId)
            .Select(p => WithoutDetail(p.Value))
            .OrderBy(a => a.ArticleId, StringComparer.Ordinal)];

    private sealed record Version(List<EventContribution> Events, List<ActorContribution> Actors, ArticleRecord Detail);
}
