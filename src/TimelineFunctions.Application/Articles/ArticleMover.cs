using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Articles;

/// <summary>Moves an article, with its current contributions, from one story to another.</summary>
/// <remarks>
/// The steps, each safe to repeat: (1) the assignment index names the target (with the source as
/// <see cref="BlobAssignment.MovedFrom"/>), so every later delivery goes there; (2) the stored version is saved
/// into the target partition like any ingest (rows first, article row last); (3) the article is removed from the
/// source. A crash after any step is repaired by repeating the move, or by the blob's next delivery, which ingests
/// into the target and finishes step 3.
/// </remarks>
public sealed class ArticleMover(IArticleStore articleStore, IBlobAssignmentStore assignmentStore, StoryProfiles profiles, StoryRedirects redirects, ILogger logger)
{
    public async Task<MoveOutcome> MoveAsync(string fromStory, string articleId, string toStory, Func<ArticleRecord, BlobAssignment> assignmentFor, CancellationToken cancellationToken)
    {
        var source = await articleStore.GetArticleVersionAsync(fromStory, articleId, cancellationToken);
        if (source is null)
        {
            var there = await articleStore.GetArticleAsync(toStory, articleId, cancellationToken);
            var assigned = there is null ? null : await assignmentStore.GetAssignmentAsync(there.BlobName, cancellationToken);
            return assigned?.StoryId == toStory && assigned.MovedFrom == fromStory ? MoveOutcome.AlreadyThere : MoveOutcome.NotFound;
        }

        if (fromStory == toStory)
        {
            return MoveOutcome.AlreadyThere;
        }

        var article = source.Article;
        if (await articleStore.GetArticleAsync(toStory, articleId, cancellationToken) is { } occupant && occupant.BlobName != article.BlobName)
        {
            return MoveOutcome.Conflict;
        }

        var assignment = assignmentFor(article) with { StoryId = toStory, MovedFrom = fromStory };
        await assignmentStore.SetAssignmentAsync(assignment, cancellationToken);

        var copy = article with { StoryId = toStory, Assignment = assignment.ToStoryAssignment() };
        var saved = await articleStore.SaveArticleAsync(
            copy,
            [.. source.Events.Select(e => e with { StoryId = toStory })],
            [.. source.Actors.Select(a => a with { StoryId = toStory })],
            cancellationToken);
        var profile = saved.Switched ? await profiles.ApplyAsync(toStory, saved.Replaced, copy, cancellationToken) : null;
        await FinishAsync(fromStory, articleId, article.BlobName, cancellationToken);
        logger.LogInformation("Moved article {ArticleId} from {FromStory} to {ToStory} ({Method})", articleId, fromStory, toStory, assignment.Method);
        if (profile?.MergedInto is not null && await redirects.ResolveAsync(toStory, cancellationToken) is var onward && onward != toStory)
        {
            // The target was merged into another story while we moved: follow it, as a merge expects.
            return await MoveAsync(toStory, articleId, onward, assignmentFor, cancellationToken);
        }

        return MoveOutcome.Moved;
    }

    /// <summary>The last step of a move: takes the blob's article out of the story it was moved from, if it is still there.</summary>
    public async Task FinishAsync(string fromStory, string articleId, string blobName, CancellationToken cancellationToken)
    {
        var removed = await articleStore.RemoveArticleAsync(fromStory, articleId, blobName, cancellationToken);
        if (removed is not null)
        {
            await profiles.ApplyAsync(fromStory, removed, null, cancellationToken);
        }
    }
}
