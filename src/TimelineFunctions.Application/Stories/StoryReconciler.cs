using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Stories;

/// <summary>
/// Articles of one new story that arrive at the same time can each start a story, none seeing the others' profiles
/// yet, and later articles then join either.
/// </summary>
/// <remarks>
/// So after a root article is saved into a young generated story (and its terms are in that story's profile), it
/// reads the profiles again (write, then read: of any two articles saved concurrently into different stories, the
/// later reader sees the other's story) and merges every young generated story that now matches it, and, when the
/// article started its story, any folder or moved-to story it matches. The verdict is the same whoever reaches it:
/// a generated story merges into a folder or moved-to story, and of two generated stories the one with the larger
/// id into the smaller. A merge marks the loser first (<see cref="StoryProfile.MergedInto"/>), then moves its
/// articles. Profile updates are serialised on the profile row, so an article saved into the loser either updated
/// its profile before the mark (and the merge's listing finds it) or sees the mark and moves itself on. Moves are
/// idempotent, so concurrent reconciliations converge. Established stories are never merged: only stories younger
/// than <see cref="StoryAssignmentOptions.YoungStoryAge"/> take part.
/// </remarks>
public sealed class StoryReconciler(IStoryProfileStore profileStore, IStoryReader storyReader, StoryAssigner assigner, ArticleMover mover, StoryRedirects redirects, TimeProvider clock)
{
    /// <summary>Whether an article saved into a story with this profile should reconcile.</summary>
    public bool Applies(StoryProfile? profile) => profile is { Generated: true, MergedInto: null } && IsYoung(profile);

    /// <summary>Returns the story the article ends in.</summary>
    public async Task<string> ReconcileAsync(string storyId, IReadOnlyList<string> terms, bool startedStory, CancellationToken cancellationToken)
    {
        var profiles = await profileStore.ListProfilesAsync(cancellationToken);
        var others = profiles
            .Where(p => p.StoryId != storyId && (p.Generated ? IsYoung(p) : startedStory))
            .ToDictionary(p => p.StoryId, StringComparer.Ordinal);
        var current = storyId;
        foreach (var match in assigner.Rank(terms, [.. others.Values]).Where(assigner.Joins))
        {
            current = await MergeAsync(current, match.StoryId, others[match.StoryId].Generated, match.Score, cancellationToken);
        }

        // After a merge the story is bigger than any profile read above shows: read them again, so a lone story it
        // now draws is folded in even when no later article of this story comes to do it.
        return await FoldInLoneStoriesAsync(current, current == storyId ? profiles : await profileStore.ListProfilesAsync(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A young story that one article started while this story was too small to draw it in is folded in once this
    /// story would: its article's terms (its whole profile) now join this story's profile. Without this, an article
    /// reconciled early against a story of two articles stays alone, since later articles compare only their own terms
    /// with it. The verdict is the same as above: the smaller id wins.
    /// </summary>
    private async Task<string> FoldInLoneStoriesAsync(string storyId, IReadOnlyList<StoryProfile> profiles, CancellationToken cancellationToken)
    {
        var current = storyId;
        foreach (var lone in profiles.Where(p => p.StoryId != storyId && p.Generated && p.MergedInto is null && p.ArticleCount == 1 && IsYoung(p)))
        {
            var score = assigner.Rank([.. lone.Terms.Keys], [.. profiles.Where(p => p.StoryId != lone.StoryId)]).FirstOrDefault(s => s.StoryId == storyId);
            if (score is null || !assigner.Joins(score))
            {
                continue;
            }

            current = await MergeAsync(current, lone.StoryId, otherGenerated: true, score.Score, cancellationToken);
        }

        return current;
    }

    /// <summary>
    /// Merges the story the article is in with another, by the one verdict: a generated story merges into a folder or
    /// moved-to story, and of two generated stories the larger id into the smaller. Returns the story the article is in now.
    /// </summary>
    private async Task<string> MergeAsync(string current, string other, bool otherGenerated, double score, CancellationToken cancellationToken)
    {
        var (loser, winner) = !otherGenerated || string.CompareOrdinal(other, current) < 0 ? (current, other) : (other, current);
        winner = await redirects.ResolveAsync(winner, cancellationToken);
        if (loser == winner)
        {
            return current;
        }

        await MergeStoriesAsync(loser, winner, score, cancellationToken);
        return await redirects.ResolveAsync(current, cancellationToken);
    }

    /// <summary>An article just saved into a story that has been redirected follows it to the story it went into.</summary>
    public async Task<string> FollowRedirectAsync(string storyId, ArticleRecord article, StoryProfile? profile, CancellationToken cancellationToken)
    {
        if (profile?.MergedInto is null)
        {
            return storyId;
        }

        var winner = await redirects.ResolveAsync(storyId, cancellationToken);
        await mover.MoveAsync(storyId, article.ArticleId, winner, a => MergeAssignment(a, winner, null), cancellationToken);
        return winner;
    }

    private bool IsYoung(StoryProfile profile) => clock.GetUtcNow() - profile.CreatedAt < assigner.Options.YoungStoryAge;

    private async Task MergeStoriesAsync(string loser, string winner, double score, CancellationToken cancellationToken)
    {
        await profileStore.UpdateProfileAsync(loser, p => p with { MergedInto = winner }, cancellationToken);
        foreach (var article in await storyReader.ListArticlesAsync(loser, cancellationToken))
        {
            await mover.MoveAsync(loser, article.ArticleId, winner, a => MergeAssignment(a, winner, score), cancellationToken);
        }
    }

    private static BlobAssignment MergeAssignment(ArticleRecord article, string winner, double? score)
    {
        // A folder blob must keep the merge against its folder, which only a manual entry does.
        var method = article.BlobName.Contains('/', StringComparison.Ordinal) ? StoryAssignmentMethods.Manual : StoryAssignmentMethods.Automatic;
        return new BlobAssignment(article.BlobName, winner, method, score, $"Started at the same time as story '{winner}' and folded into it.");
    }
}
