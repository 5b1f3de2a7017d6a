using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>
/// Runs the whole application on a gold corpus and scores it: every article of every story goes through the real
/// <see cref="IngestService"/> into an <see cref="InMemoryTimelineStore"/> (blob <c>story/file</c>, with the
/// sidecar's <c>url</c> and <c>outlet</c> as metadata but never <c>published</c>), then the timeline and the actors
/// are read back through <see cref="TimelineQueryService"/> and compared with the gold.
/// </summary>
public sealed class DevSetEvaluator(ArticleAnalyzer analyzer, TimeProvider clock)
{
    /// <summary>The sidecar fields passed on as blob metadata. The publication date is deliberately not among them.</summary>
    private static readonly string[] MetadataNames = ["url", "outlet"];

    public DevSetEvaluator()
        : this(ArticleAnalyzer.Default, TimeProvider.System)
    {
    }

    /// <summary>A change made to each story's timeline before it is scored, for trials of a step outside the engine; none by default.</summary>
    /// <remarks>The sentence-embedding trial (scripts/trial-embeddings.sh) merges events here; see docs/evaluation.md.</remarks>
    public Func<StoryTimeline, CancellationToken, Task<StoryTimeline>>? AdjustTimeline { get; init; }

    public async Task<EvaluationReport> EvaluateAsync(IEnumerable<string> corpora, CancellationToken cancellationToken)
    {
        var stories = new List<StoryReport>();
        foreach (var corpus in corpora)
        {
            stories.AddRange(await EvaluateCorpusAsync(corpus, cancellationToken));
        }

        return new EvaluationReport(stories, clock.GetUtcNow());
    }

    public async Task<IReadOnlyList<StoryReport>> EvaluateCorpusAsync(string corpus, CancellationToken cancellationToken)
    {
        if (!CorpusLocator.IsCorpus(corpus))
        {
            throw new DirectoryNotFoundException($"{corpus} is not an evaluation corpus (it needs gold/ and articles/).");
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpus)));
        var reports = new List<StoryReport>();
        foreach (var goldFile in Directory.EnumerateFiles(Path.Combine(corpus, "gold"), "*.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldLoader.Load(goldFile);
            reports.Add(await EvaluateStoryAsync(name, corpus, gold, cancellationToken));
        }

        return reports;
    }

    private async Task<StoryReport> EvaluateStoryAsync(string corpusName, string corpus, GoldStory gold, CancellationToken cancellationToken)
    {
        var store = new InMemoryTimelineStore(clock);
        var ingest = new IngestService(store, store, store, store, store, analyzer, clock, NullLogger<IngestService>.Instance);
        var folder = Path.Combine(corpus, "articles", gold.Story);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(ArticleFiles.IsArticle).Order(StringComparer.Ordinal).ToList()
            : [];

        var goldArticleOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var rawTexts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        string? storyId = null;
        foreach (var file in files)
        {
            var fileName = Path.GetFileName(file);
            var goldArticle = $"{gold.Story}/{Path.GetFileNameWithoutExtension(fileName)}";
            rawTexts[goldArticle] = RawText.Read(file);

            var request = new IngestRequest(
                $"{gold.Story}/{fileName}",
                await File.ReadAllBytesAsync(file, cancellationToken),
                ArticleFiles.ContentTypeOf(file),
                SidecarMetadata(file),
                null);
            var result = await ingest.IngestAsync(request, cancellationToken);
            if (result.ArticleId is not null)
            {
                goldArticleOf[result.ArticleId] = goldArticle;
                storyId ??= result.StoryId;
            }

            if (result.Outcome == IngestOutcome.Rejected)
            {
                problems.Add(result.Message);
            }
        }

        var corpusErrors = CorpusErrors(gold, folder, files.Count, rawTexts.Keys);

        var cleanedTexts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (articleId, goldArticle) in goldArticleOf)
        {
            if (await store.GetArticleDetailAsync(storyId!, articleId, cancellationToken) is { CleanedText: { } cleaned })
            {
                cleanedTexts[goldArticle] = cleaned;
            }
        }

        var queries = new TimelineQueryService(store, store);
        var timeline = storyId is null ? null : await queries.GetTimelineAsync(storyId, cancellationToken);
        if (timeline is not null && AdjustTimeline is not null)
        {
            timeline = await AdjustTimeline(timeline, cancellationToken);
        }

        var actors = storyId is null ? null : await queries.GetActorsAsync(storyId, cancellationToken);
        var report = StoryScorer.Score(
            corpusName,
            gold,
            timeline,
            actors ?? [],
            rawTexts,
            id => goldArticleOf.GetValueOrDefault(id) ?? $"{gold.Story}/{Path.GetFileNameWithoutExtension(id)}",
            problems,
            cleanedTexts);
        return report with { CorpusErrors = corpusErrors };
    }

    /// <summary>
    /// What makes a story unscorable: no article files, or a gold article id (in the story's list, an event's
    /// sources or an undated item) that matches no file.
    /// </summary>
    private static List<string> CorpusErrors(GoldStory gold, string folder, int fileCount, IEnumerable<string> articlesRead)
    {
        var read = articlesRead.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();
        if (fileCount == 0)
        {
            errors.Add($"no articles in {folder}");
        }

        errors.AddRange(gold.Articles
            .Concat(gold.Events.SelectMany(e => e.Sources).Select(s => s.Article))
            .Concat(gold.Undated.Select(u => u.Article))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(article => !read.Contains(article))
            .Select(article => $"{article}: listed in the gold, but no article file has that name"));
        return errors;
    }

    /// <summary>
    /// The blob metadata for an article file: its sidecar's <c>url</c> and <c>outlet</c>. Never <c>published</c>: the
    /// engine has to find the date itself.
    /// </summary>
    public static Dictionary<string, string> SidecarMetadata(string file) => Evaluation.SidecarMetadata.Read(file, MetadataNames);
}
