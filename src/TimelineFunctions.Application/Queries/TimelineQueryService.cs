using Microsoft.Extensions.Logging;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;
using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Application.Queries;

/// <summary>Read side of the application: stories, timelines, actors and articles as the API serves them.</summary>
/// <remarks>
/// With a story summary index (<see cref="IStoryIndex"/>) the story list reads the index and assembles only the
/// stories changed since they were indexed; without one (the CLI, tests over an in-memory store) it assembles every
/// story.
/// </remarks>
public sealed class TimelineQueryService(IStoryReader storyReader, IRejectedBlobStore rejectedBlobStore, IStoryIndex? index = null, ILogger<TimelineQueryService>? logger = null)
{
    private readonly AssembledStories _assembled = new(storyReader, index, logger);

    /// <summary>How many times this service has merged a story (for tests and diagnostics).</summary>
    public long Merges => _assembled.Merges;

    public async Task<IReadOnlyList<StorySummary>> ListStoriesAsync(CancellationToken cancellationToken)
    {
        var stories = await storyReader.ListStoriesAsync(cancellationToken);
        var indexed = index is null ? null : await index.ListAsync(cancellationToken);
        var summaries = new List<StorySummary>(stories.Count);
        foreach (var story in stories)
        {
            var entry = indexed?.GetValueOrDefault(story.Id);
            if (entry is { IsFresh: true })
            {
                summaries.Add(ToSummary(story, entry.Facts!));
                continue;
            }

            var assembled = await _assembled.GetAsync(story.Id, cancellationToken);
            var facts = (StoryFacts)assembled.Derived.GetOrAdd(typeof(StoryFacts), _ => AssembledStories.StoryFactsOf(assembled));
            if (index is not null && entry is not null)
            {
                // The marker was read before the assembly's articles: a kept assembly still gets a fresh index row.
                await index.SaveAsync(story.Id, facts, entry.CurrentMarker, cancellationToken);
            }

            summaries.Add(ToSummary(story, facts));
        }

        return summaries;
    }

    public async Task<StoryTimeline?> GetTimelineAsync(string storyId, CancellationToken cancellationToken) =>
        (await ReadTimelineAsync(storyId, cancellationToken))?.Timeline;

    /// <summary>The story's key dates (see <see cref="TimelineSummarizer"/>); null when the story is unknown.</summary>
    public async Task<SummaryTimeline?> GetSummaryAsync(string storyId, SummaryOptions options, CancellationToken cancellationToken)
    {
        if (await ReadTimelineAsync(storyId, cancellationToken) is not var (timeline, assembled))
        {
            return null;
        }

        IReadOnlyList<DateOnly> Published() => [.. assembled.Contents.Articles
            .Where(a => a.Status == ArticleStatus.Processed && a.Published is not null)
            .Select(a => a.Published!.Date)];

        // The default summary (the story page's) is computed once per assembly; other lengths, which callers choose,
        // are not kept.
        return options == SummaryOptions.Default
            ? (SummaryTimeline)assembled.Derived.GetOrAdd((options, timeline.Story), _ => TimelineSummarizer.Summarize(timeline, Published(), options))
            : TimelineSummarizer.Summarize(timeline, Published(), options);
    }

    /// <summary>One event of the story's timeline, dated or not, by its id; null when the story or event is unknown.</summary>
    public async Task<TimelineEvent?> GetEventAsync(string storyId, string eventId, CancellationToken cancellationToken)
    {
        var timeline = await GetTimelineAsync(storyId, cancellationToken);
        return timeline?.Events.Concat(timeline.Undated).FirstOrDefault(e => e.Id == eventId);
    }

    /// <summary>The article's detail and the events it contributed to; null when the story or article is unknown.</summary>
    public async Task<ArticleDetail?> GetArticleDetailAsync(string storyId, string articleId, CancellationToken cancellationToken)
    {
        var timeline = await GetTimelineAsync(storyId, cancellationToken);
        if (timeline is null || await storyReader.GetArticleDetailAsync(storyId, articleId, cancellationToken) is not { } article)
        {
            return null;
        }

        var events = timeline.Events.Concat(timeline.Undated).Where(e => e.Sources.Any(s => s.ArticleId == articleId));
        return new ArticleDetail(timeline.Story, article, [.. events]);
    }

    public async Task<IReadOnlyList<StoryActorSummary>?> GetActorsAsync(string storyId, CancellationToken cancellationToken)
    {
        if (await storyReader.GetStoryAsync(storyId, cancellationToken) is null)
        {
            return null;
        }

        var assembled = await _assembled.GetAsync(storyId, cancellationToken);
        return StoryActors.Summarize(assembled.Contents.Actors, assembled.Dated.Concat(assembled.Undated));
    }

    public async Task<IReadOnlyList<ArticleRecord>?> GetArticlesAsync(string storyId, CancellationToken cancellationToken)
    {
        if (await storyReader.GetStoryAsync(storyId, cancellationToken) is null)
        {
            return null;
        }

        var articles = await storyReader.ListArticlesAsync(storyId, cancellationToken);
        return [.. articles.OrderBy(a => a.Published?.Date ?? DateOnly.MaxValue).ThenBy(a => a.ArticleId, StringComparer.Ordinal)];
    }

    public Task<IReadOnlyList<RejectedBlob>> ListRejectedBlobsAsync(CancellationToken cancellationToken) =>
        rejectedBlobStore.ListRejectedBlobsAsync(cancellationToken);

    private static StorySummary Summarize(StoryRecord story, AssembledStory assembled) =>
        ToSummary(story, (StoryFacts)assembled.Derived.GetOrAdd(typeof(StoryFacts), _ => AssembledStories.StoryFactsOf(assembled)));

    private static StorySummary ToSummary(StoryRecord story, StoryFacts facts) =>
        new(story.Id, story.Title ?? facts.Title, facts.ArticleCount, facts.EventCount, facts.FirstDate, facts.LastDate, story.UpdatedAt);

    /// <summary>The story's timeline and the assembly it came from; null when the story is unknown.</summary>
    private async Task<(StoryTimeline Timeline, AssembledStory Assembled)?> ReadTimelineAsync(string storyId, CancellationToken cancellationToken)
    {
        var story = await storyReader.GetStoryAsync(storyId, cancellationToken);
        if (story is null)
        {
            return null;
        }

        var assembled = await _assembled.GetAsync(storyId, cancellationToken);
        return (new StoryTimeline(Summarize(story, assembled), assembled.Dated, assembled.Undated) { Remarks = assembled.Remarks }, assembled);
    }
}
