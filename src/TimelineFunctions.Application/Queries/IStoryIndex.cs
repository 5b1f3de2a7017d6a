namespace TimelineFunctions.Application.Queries;

/// <summary>
/// The story summary index: one small row per story with what the story list shows (its title, counts and date
/// span), written whenever the story is assembled, with the story's change marker as it was read before the
/// assembly's articles.
/// </summary>
/// <remarks>
/// The list serves a row whose marker is still the story's current one without assembling the story, so listing
/// costs the same whatever the stories' size, and a restart merges nothing to list them.
/// </remarks>
public interface IStoryIndex
{
    /// <summary>
    /// Every story's current change marker and its indexed summary (null when it has none yet), read from a few small
    /// partitions: no story partition is read.
    /// </summary>
    Task<IReadOnlyDictionary<string, StoryIndexEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The story's change marker: it changes whenever an article of the story is saved (the story row), or its
    /// processed articles change (the profile row), so a summary computed after reading it is stale once it differs.
    /// </summary>
    Task<string> GetMarkerAsync(string storyId, CancellationToken cancellationToken);

    /// <summary>Records the story's summary, computed from articles read after <paramref name="marker"/>.</summary>
    Task SaveAsync(string storyId, StoryFacts facts, string marker, CancellationToken cancellationToken);

    /// <summary>
    /// The version of each of the story's article rows (id, content hash, status) and nothing else: what tells whether
    /// a kept assembly still holds, at a fraction of the cost of reading the whole rows.
    /// </summary>
    Task<IReadOnlyList<ArticleVersionKey>> ListArticleVersionsAsync(string storyId, CancellationToken cancellationToken);
}
