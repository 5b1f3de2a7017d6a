using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Evaluation.InMemory;

/// <summary>Withdrawal, moves, the assignment index and story profiles, in memory.</summary>
public sealed partial class InMemoryTimelineStore
{
    private readonly Dictionary<string, BlobAssignment> _assignments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryProfile> _profiles = new(StringComparer.Ordinal);

    public Task<ArticleVersion?> GetArticleVersionAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_articles.TryGetValue((storyId, articleId), out var article))
            {
                return Task.FromResult<ArticleVersion?>(null);
            }

            var version = _versions.GetValueOrDefault((storyId, articleId, article.ContentHash));
            var detailed = article with
            {
                CleanedText = version?.Detail.CleanedText,
                RemovedFurniture = version?.Detail.RemovedFurniture ?? [],
            };
            return Task.FromResult<ArticleVersion?>(article.Status == ArticleStatus.Processed && version is not null
                ? new ArticleVersion(detailed, [.. version.Events], [.. version.Actors])
                : new ArticleVersion(detailed, [], []));
        }
    }

    public Task<ArticleRecord?> WithdrawArticleAsync(string storyId, string articleId, Withdrawal withdrawal, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_articles.TryGetValue((storyId, articleId), out var before))
            {
                return Task.FromResult<ArticleRecord?>(null);
            }

            if (before.Status != ArticleStatus.Withdrawn)
            {
                _articles[(storyId, articleId)] = before.AsWithdrawn(withdrawal);
            }

            _versions.Remove((storyId, articleId, before.ContentHash));
            return Task.FromResult<ArticleRecord?>(WithoutDetail(before));
        }
    }

    public Task<bool> RecordFailedVersionAsync(string storyId, string articleId, FailedVersion failure, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_articles.TryGetValue((storyId, articleId), out var current) || !FailedVersionRule.IsNewer(current, failure))
            {
                return Task.FromResult(false);
            }

            _articles[(storyId, articleId)] = current with { FailedVersion = failure };
            return Task.FromResult(true);
        }
    }

    public Task<ArticleRecord?> RemoveArticleAsync(string storyId, string articleId, string blobName, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_articles.TryGetValue((storyId, articleId), out var removed) || removed.BlobName != blobName)
            {
                return Task.FromResult<ArticleRecord?>(null);
            }

            _articles.Remove((storyId, articleId));
            foreach (var key in _versions.Keys.Where(k => k.Story == storyId && k.Article == articleId).ToList())
            {
                _versions.Remove(key);
            }

            return Task.FromResult<ArticleRecord?>(WithoutDetail(removed));
        }
    }

    public Task<BlobAssignment?> GetAssignmentAsync(string blobName, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_assignments.GetValueOrDefault(blobName));
        }
    }

    public Task<BlobAssignment> AddAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_assignments.TryAdd(assignment.BlobName, assignment) ? assignment : _assignments[assignment.BlobName]);
        }
    }

    public Task SetAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _assignments[assignment.BlobName] = assignment;
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<StoryProfile>> ListProfilesAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<StoryProfile>>([.. _profiles.Values.OrderBy(p => p.StoryId, StringComparer.Ordinal)]);
        }
    }

    public Task<StoryProfile> UpdateProfileAsync(string storyId, Func<StoryProfile, StoryProfile> update, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var current = _profiles.GetValueOrDefault(storyId) ?? StoryProfile.Empty(storyId, null, clock.GetUtcNow());
            var updated = update(current) with { StoryId = storyId };
            _profiles[storyId] = updated;
            return Task.FromResult(updated);
        }
    }
}
