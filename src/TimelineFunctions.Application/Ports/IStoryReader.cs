using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Ports;

/// <summary>What the read side reads of the stories: the story list, a story's articles and its current contributions.</summary>
public interface IStoryReader
{
    /// <summary>Every story, except one redirected into another (see <see cref="StoryProfile.MergedInto"/>) that has no articles left.</summary>
    Task<IReadOnlyList<StoryRecord>> ListStoriesAsync(CancellationToken cancellationToken);

    Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArticleRecord>> ListArticlesAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>The article with its analysis detail (cleaned text, removed furniture), or null.</summary>
    Task<ArticleRecord?> GetArticleDetailAsync(string storyId, string articleId, CancellationToken cancellationToken);

    /// <summary>The current contributions of every processed article of the story (stale versions filtered out).</summary>
    Task<StoryContents> GetStoryContentsAsync(string storyId, CancellationToken cancellationToken);
}
