using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Articles;

/// <summary>What editors do to articles through the API: withdraw one, or move one to another story.</summary>
public sealed class ArticleCommands
{
    private readonly ArticleWithdrawal _withdrawal;
    private readonly DeletedBlobs _deletedBlobs;
    private readonly ArticleMover _mover;
    private readonly TimeProvider _clock;

    public ArticleCommands(IArticleStore articleStore, IBlobAssignmentStore assignmentStore, IStoryProfileStore profileStore, TimeProvider clock, ILogger<ArticleCommands> logger)
    {
        var profiles = new StoryProfiles(profileStore);
        _withdrawal = new ArticleWithdrawal(articleStore, profiles, clock);
        _deletedBlobs = new DeletedBlobs(articleStore, assignmentStore, _withdrawal, clock);
        _mover = new ArticleMover(articleStore, assignmentStore, profiles, new StoryRedirects(profileStore), logger);
        _clock = clock;
    }

    /// <summary>False when the story holds no such article.</summary>
    public Task<bool> WithdrawAsync(string storyId, string articleId, CancellationToken cancellationToken) =>
        _withdrawal.WithdrawAsync(storyId, articleId, cancellationToken);

    /// <summary>A deleted blob withdraws its article, unless the blob exists again (see <see cref="DeletedBlobs"/>).</summary>
    public Task<DeletionOutcome> WithdrawDeletedBlobAsync(string blobName, DateTimeOffset? deletedAt, Func<CancellationToken, Task<bool>> blobExists, CancellationToken cancellationToken) =>
        _deletedBlobs.WithdrawAsync(blobName, deletedAt, blobExists, cancellationToken);

    /// <summary>Moves the article and records a manual assignment, which later deliveries of its blob follow.</summary>
    public Task<MoveOutcome> MoveAsync(string fromStory, string articleId, string toStory, CancellationToken cancellationToken)
    {
        var reason = $"Moved from '{fromStory}' through the API at {_clock.GetUtcNow():O}.";
        return _mover.MoveAsync(
            fromStory,
            articleId,
            toStory,
            a => new BlobAssignment(a.BlobName, toStory, StoryAssignmentMethods.Manual, null, reason),
            cancellationToken);
    }
}
