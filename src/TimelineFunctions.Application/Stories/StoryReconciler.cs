using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Stories;

/// <summary>
/// Two articles of one new story that arrive at the same time can each start a story, neither seeing the other's
/// profile yet. After an article starts a story and its profile is written, it reads the profiles again (write,
/// then read: of two such ingests, the later reader sees both) and, when another story now matches it, folds one
/// into the other: a generated story into a folder or moved-to story, and of two generated stories the one with
/// the larger id into the smaller. Every ingest involved reaches the same verdict, and moves are idempotent, so
/// concurrent reconciliations converge.
/// </summary>
public sealed class StoryReconciler(ITimelineStore store, StoryAssigner assigner, ArticleMover mover)
{
    public async Task<string> ReconcileAsync(string storyId, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var profiles = await store.ListProfilesAsync(cancellationToken);
        var others = profiles.Where(p => p.StoryId != storyId).ToList();
        var ranked = assigner.Rank(terms, others);
        var best = ranked.Count > 0 ? ranked[0] : null;
        if (best is null || !assigner.Joins(best))
        {
            return storyId;
        }

        var other = others.Single(p => p.StoryId == best.StoryId);
        var (loser, winner) = !other.Generated || string.CompareOrdinal(best.StoryId, storyId) < 0
            ? (storyId, best.StoryId)
            : (best.StoryId, storyId);
        await FoldAsync(loser, winner, best.Score, cancellationToken);
        return winner;
    }

    private async Task FoldAsync(string loser, string winner, double score, CancellationToken cancellationToken)
    {
        var reason = $"Started at the same time as '{winner}' and folded into it (similarity {score:0.00}).";
        foreach (var article in await store.ListArticlesAsync(loser, cancellationToken))
        {
            await mover.MoveAsync(
                loser,
                article.ArticleId,
                winner,
                // A folder blob must keep the fold against its folder, which an automatic entry would not.
                a => new BlobAssignment(a.BlobName, winner, a.BlobName.Contains('/', StringComparison.Ordinal) ? StoryAssignmentMethods.Manual : StoryAssignmentMethods.Automatic, score, reason),
                cancellationToken);
        }

        await store.UpdateProfileAsync(loser, p => p with { MergedInto = winner }, cancellationToken);
    }
}
