using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Articles;

/// <summary>
/// Withdraws an article from its story: its contributions go (events it alone reported disappear, merged events
/// lose it as a source), it stays in the article list as withdrawn, and its terms leave the story's profile.
/// </summary>
public sealed class ArticleWithdrawal(IArticleStore articleStore, StoryProfiles profiles, TimeProvider clock)
{
    /// <summary>False when the story holds no such article. Repeating a withdrawal is harmless.</summary>
    public Task<bool> WithdrawAsync(string storyId, string articleId, CancellationToken cancellationToken) =>
        WithdrawAsync(storyId, articleId, Withdrawal.ThroughApi(clock.GetUtcNow()), cancellationToken);

    public async Task<bool> WithdrawAsync(string storyId, string articleId, Withdrawal withdrawal, CancellationToken cancellationToken)
    {
        var before = await articleStore.WithdrawArticleAsync(storyId, articleId, withdrawal, cancellationToken);
        if (before is null)
        {
            return false;
        }

        await profiles.ApplyAsync(storyId, before, null, cancellationToken);
        return true;
    }
}
