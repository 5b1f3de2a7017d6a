using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Stories;

/// <summary>
/// Keeps story profiles in step with the articles: when an article row switches from one record to another, the old
/// record's terms leave the story's profile and the new one's enter it.
/// </summary>
/// <remarks>
/// Only processed articles count.
/// </remarks>
public sealed class StoryProfiles(IStoryProfileStore profileStore)
{
    /// <summary>Returns the updated profile, or null when neither record counts (nothing to change).</summary>
    public async Task<StoryProfile?> ApplyAsync(string storyId, ArticleRecord? before, ArticleRecord? after, CancellationToken cancellationToken)
    {
        var removed = before is { Status: ArticleStatus.Processed } ? before.ProfileTerms : null;
        var added = after is { Status: ArticleStatus.Processed } ? after.ProfileTerms : null;
        return removed is null && added is null
            ? null
            : await profileStore.UpdateProfileAsync(storyId, p => p.Apply(removed, added), cancellationToken);
    }
}
