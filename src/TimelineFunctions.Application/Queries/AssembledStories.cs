using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Queries;

/// <summary>Assembled timelines, kept while a story's articles stay the same.</summary>
/// <remarks>
/// A timeline is a function of the story's current article versions (id, content hash, status): reading those three
/// columns of the article rows, one range query, tells whether a kept assembly still holds, and only a changed
/// story is read whole and merged again. So paging through a timeline, the page and the stories list do not re-read
/// and re-merge unchanged stories. Readers that arrive while a version of a story is being merged wait for that
/// merge instead of starting their own, so concurrent cold reads cost one merge (a reader's cancellation stops its
/// wait, not the merge the others share). The kept assemblies are a least-recently-used cache bounded in stories
/// (<see cref="MaxStories"/>) and in reports held (<see cref="MaxReports"/>), so memory stays bounded and a busy
/// archive evicts one cold story at a time. Each new assembly also refreshes the story's row in the summary index
/// (<see cref="IStoryIndex"/>), when there is one.
/// </remarks>
public sealed class AssembledStories
{
    public const int MaxStories = 64;

    /// <summary>Event reports held across the kept assemblies (a 300-article story holds about 10,000).</summary>
    public const long MaxReports = 200_000;

    private readonly IStoryReader _storyReader;
    private readonly IStoryIndex? _index;
    private readonly ILogger _logger;
    private readonly LruCache<string, AssembledStory> _byStory;

    /// <summary>The merges under way, by story and version.</summary>
    private readonly ConcurrentDictionary<(string Story, string Version), Lazy<Task<AssembledStory>>> _merging = new();

    private long _merges;

    public AssembledStories(IStoryReader storyReader, IStoryIndex? index = null, ILogger? logger = null, int maxStories = MaxStories, long maxReports = MaxReports)
    {
        _storyReader = storyReader;
        _index = index;
        _logger = logger ?? NullLogger.Instance;
        _byStory = new LruCache<string, AssembledStory>(maxStories, maxReports, StringComparer.Ordinal);
    }

    /// <summary>How many assemblies (merges) this instance has run.</summary>
    public long Merges => Interlocked.Read(ref _merges);

    /// <summary>How many stories are kept.</summary>
    public int Kept => _byStory.Count;

    public async Task<AssembledStory> GetAsync(string storyId, CancellationToken cancellationToken)
    {
        var version = await CurrentVersionAsync(storyId, cancellationToken);
        if (_byStory.TryGet(storyId, out var kept) && kept.Version == version)
        {
            return kept;
        }

        // The merge runs on the thread pool, so that Lazy's lock is held only while the task is created.
        var merge = _merging.GetOrAdd((storyId, version), key => new Lazy<Task<AssembledStory>>(() => Task.Run(() => AssembleAsync(key))));
        return await merge.Value.WaitAsync(cancellationToken);
    }

    private async Task<string> CurrentVersionAsync(string storyId, CancellationToken cancellationToken) =>
        _index is null
            ? VersionOf((await _storyReader.ListArticlesAsync(storyId, cancellationToken)).Select(a => new ArticleVersionKey(a.ArticleId, a.ContentHash, a.Status)))
            : VersionOf(await _index.ListArticleVersionsAsync(storyId, cancellationToken));

    private async Task<AssembledStory> AssembleAsync((string Story, string Version) key)
    {
        try
        {
            // The marker is read before the articles, so a change after it leaves the index row stale, never wrong.
            var marker = _index is null ? null : await _index.GetMarkerAsync(key.Story, CancellationToken.None);
            var clock = Stopwatch.StartNew();
            var contents = await _storyReader.GetStoryContentsAsync(key.Story, CancellationToken.None);
            var read = clock.Elapsed;
            var (dated, undated, remarks) = TimelineAssembler.AssembleWithRemarks(contents.Articles, contents.Events);
            Interlocked.Increment(ref _merges);
            var version = VersionOf(contents.Articles.Select(a => new ArticleVersionKey(a.ArticleId, a.ContentHash, a.Status)));
            var assembled = new AssembledStory(version, contents, dated, undated) { Remarks = remarks };
            _byStory.Set(key.Story, assembled, contents.Events.Count + 1);
            _logger.LogInformation(
                "Assembled story {StoryId}: {Articles} articles, {Reports} reports into {Events} events; read {ReadMs} ms, merged {MergeMs} ms",
                key.Story, contents.Articles.Count, contents.Events.Count, dated.Count + undated.Count, (long)read.TotalMilliseconds, (long)(clock.Elapsed - read).TotalMilliseconds);
            if (_index is not null)
            {
                await _index.SaveAsync(key.Story, StoryFactsOf(assembled), marker!, CancellationToken.None);
            }

            return assembled;
        }
        finally
        {
            // Kept (or failed) now: later readers find it in _byStory, or start again after a failure.
            _merging.TryRemove(key, out _);
        }
    }

    /// <summary>What the story list shows of an assembled story.</summary>
    public static StoryFacts StoryFactsOf(AssembledStory assembled)
    {
        var (contents, dated) = (assembled.Contents, assembled.Dated);

        // The story's title is the headline of its earliest article, so it does not depend on arrival order.
        var title = contents.Articles
            .Where(a => a.Status == Articles.ArticleStatus.Processed && !string.IsNullOrWhiteSpace(a.Title))
            .OrderBy(a => a.Published?.Date ?? DateOnly.MaxValue)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .Select(a => a.Title)
            .FirstOrDefault();
        return new StoryFacts(
            title,
            contents.Articles.Count,
            dated.Count + assembled.Undated.Count,
            dated.Count == 0 ? null : dated.Min(e => e.Date!.Start),
            dated.Count == 0 ? null : dated.Max(e => e.Date!.End));
    }

    private static string VersionOf(IEnumerable<ArticleVersionKey> articles)
    {
        var key = new StringBuilder();
        foreach (var a in articles.OrderBy(a => a.ArticleId, StringComparer.Ordinal))
        {
            key.Append(a.ArticleId).Append('\n').Append(a.ContentHash).Append('\n').Append(a.Status).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
    }
}
