using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Queries;

/// <summary>A story's contents and its assembled (merged) events, for one set of current article versions.</summary>
public sealed record AssembledStory(
    string Version,
    StoryContents Contents,
    IReadOnlyList<TimelineEvent> Dated,
    IReadOnlyList<TimelineEvent> Undated);

/// <summary>
/// Assembled timelines, kept while a story's articles stay the same. A timeline is a function of the story's current
/// article versions (id, content hash, status): reading the article rows, one range query, tells whether a kept
/// assembly still holds, and only a changed story is read whole and merged again. So paging through a timeline, the
/// page and the stories list do not re-read and re-merge unchanged stories. Readers that arrive while a version of a
/// story is being merged wait for that merge instead of starting their own, so concurrent cold reads cost one merge
/// (a reader's cancellation stops its wait, not the merge the others share). Holds at most
/// <see cref="MaxStories"/> stories.
/// </summary>
public sealed class AssembledStories(ITimelineStore store)
{
    public const int MaxStories = 64;

    private readonly ConcurrentDictionary<string, AssembledStory> _byStory = new(StringComparer.Ordinal);

    /// <summary>The merges under way, by story and version.</summary>
    private readonly ConcurrentDictionary<(string Story, string Version), Lazy<Task<AssembledStory>>> _merging = new();

    public async Task<AssembledStory> GetAsync(string storyId, CancellationToken cancellationToken)
    {
        var articles = await store.ListArticlesAsync(storyId, cancellationToken);
        var version = VersionOf(articles);
        if (_byStory.TryGetValue(storyId, out var kept) && kept.Version == version)
        {
            return kept;
        }

        // The merge runs on the thread pool, so that Lazy's lock is held only while the task is created.
        var merge = _merging.GetOrAdd((storyId, version), key => new Lazy<Task<AssembledStory>>(() => Task.Run(() => AssembleAsync(key))));
        return await merge.Value.WaitAsync(cancellationToken);
    }

    private async Task<AssembledStory> AssembleAsync((string Story, string Version) key)
    {
        try
        {
            var contents = await store.GetStoryContentsAsync(key.Story, CancellationToken.None);
            var (dated, undated) = TimelineAssembler.Assemble(contents.Articles, contents.Events);
            var assembled = new AssembledStory(VersionOf(contents.Articles), contents, dated, undated);
            if (_byStory.Count >= MaxStories)
            {
                _byStory.Clear();
            }

            _byStory[key.Story] = assembled;
            return assembled;
        }
        finally
        {
            // Kept (or failed) now: later readers find it in _byStory, or start again after a failure.
            _merging.TryRemove(key, out _);
        }
    }

    private static string VersionOf(IEnumerable<ArticleRecord> articles)
    {
        var key = new StringBuilder();
        foreach (var a in articles.OrderBy(a => a.ArticleId, StringComparer.Ordinal))
        {
            key.Append(a.ArticleId).Append('\n').Append(a.ContentHash).Append('\n').Append(a.Status).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
    }
}
