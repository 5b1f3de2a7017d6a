using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Stories;

/// <summary>
/// Articles of one new story that arrive at the same time can each start a story, none seeing the others'
/// profiles yet. After an article starts a story and its profile is written, it reads the profiles again (write,
/// then read: of any two such ingests, the later reader sees both) and folds every story that now matches it: a
/// generated story into a folder or moved-to story, and of two generated stories the one with the larger id
/// into the smaller. A fold marks the loser first (<see cref="StoryProfile.MergedInto"/>), then moves its
/// articles. Profile updates are serialised on the profile row, so an article saved into the loser either
/// updated its profile before the mark (and the fold's listing finds it) or sees the mark and moves itself on. Every ingest reaches the same
/// verdict and moves are idempotent, so concurrent reconciliations converge on one story.
/// </summary>
public sealed class StoryReconciler(ITimelineStore store, StoryAssigner assigner, ArticleMover mover, StoryFolds folds)
{
    /// <summary>Returns the story the article ends in.</summary>
    public async Task<string> ReconcileAsync(string storyId, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var profiles = await store.ListProfilesAsync(cancellationToken);
        var others = profiles.Where(p => p.StoryId != storyId).ToDictionary(p => p.StoryId, StringComparer.Ordinal);
        var current = storyId;
        foreach (var match in assigner.Rank(terms, [.. others.Values]).Where(assigner.Joins))
        {
            var (loser, winner) = !others[match.StoryId].Generated || string.CompareOrdinal(match.StoryId, current) < 0
                ? (current, match.StoryId)
                : (match.StoryId, current);
            winner = await folds.ResolveAsync(winner, cancellationToken);
            if (loser != winner)
            {
                await FoldAsync(loser, winner, match.Score, cancellationToken);
                current = await folds.ResolveAsync(current, cancellationToken);
            }
        }

        return current;
    }

    /// <summary>An article just saved into a story that has been folded away follows it to the story it went into.</summary>
    public async Task<string> FollowFoldAsync(string storyId, ArticleRecord article, StoryProfile? profile, CancellationToken cancellationToken)
    {
        if (profile?.MergedInto is null)
        {
            return storyId;
        }

        var winner = await folds.ResolveAsync(storyId, cancellationToken);
        await mover.MoveAsync(storyId, article.ArticleId, winner, a => FoldAssignment(a, winner, null), cancellationToken);
        return winner;
    }

    private async Task FoldAsync(string loser, string winner, double score, CancellationToken cancellationToken)
    {
        await store.UpdateProfileAsync(loser, p => p with { MergedInto = winner }, cancellationToken);
        foreach (var article in await store.ListArticlesAsync(loser, cancellationToken))
        {
            await mover.MoveAsync(loser, article.ArticleId, winner, a => FoldAssignment(a, winner, score), cancellationToken);
        }
    }

    private static BlobAssignment FoldAssignment(ArticleRecord article, string winner, double? score)
    {
        // A folder blob must keep the fold against its folder, which only a manual entry does.
        var method = article.BlobName.Contains('/', StringComparison.Ordinal) ? StoryAssignmentMethods.Manual : StoryAssignmentMethods.Automatic;
        return new BlobAssignment(article.BlobName, winner, method, score, $"Started at the same time as story '{winner}' and folded into it.");
    }
}
