using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Summary;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Evaluation.T17;

/// <summary>
/// Measures the summary timeline on Timeline17 folders (<c>FOLDER/gold-timeline.json</c> + <c>FOLDER/articles/</c>):
/// every article of a folder goes through the real <see cref="IngestService"/> into one story of an
/// <see cref="InMemoryTimelineStore"/> (with its sidecar's <c>published</c>, <c>outlet</c> and <c>url</c> as blob
/// metadata: the dataset gives each article's date), then the summary is asked for as many dates as the gold has and
/// the gold's average sentences per date, and scored beside the baseline that picks the days with the most articles.
/// </summary>
public sealed class T17Evaluator(ArticleAnalyzer analyzer, TimeProvider clock)
{
    private static readonly string[] MetadataNames = ["published", "url", "outlet"];

    public T17Evaluator()
        : this(ArticleAnalyzer.Default, TimeProvider.System)
    {
    }

    /// <summary>Timeline17 folders: DIR itself when it is one, else its sub-folders that are, in name order.</summary>
    public static IReadOnlyList<string> Folders(string dir) => IsFolder(dir)
        ? [dir]
        : Directory.Exists(dir) ? [.. Directory.EnumerateDirectories(dir).Where(IsFolder).Order(StringComparer.Ordinal)] : [];

    public static bool IsFolder(string dir) =>
        File.Exists(Path.Combine(dir, "gold-timeline.json")) && Directory.Exists(Path.Combine(dir, "articles"));

    public async Task<T17FolderReport> EvaluateAsync(string folder, CancellationToken cancellationToken)
    {
        var gold = T17Gold.Load(Path.Combine(folder, "gold-timeline.json"));
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var storyId = name.ToLowerInvariant();
        var store = new InMemoryTimelineStore(clock);
        var ingest = new IngestService(store, store, store, store, store, analyzer, clock, NullLogger<IngestService>.Instance);
        var files = Directory.EnumerateFiles(Path.Combine(folder, "articles")).Where(ArticleFiles.IsArticle).Order(StringComparer.Ordinal).ToList();

        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var request = new IngestRequest(
                $"{storyId}/{Path.GetFileName(file)}",
                await File.ReadAllBytesAsync(file, cancellationToken),
                ArticleFiles.ContentTypeOf(file),
                Metadata(file),
                null);
            await ingest.IngestAsync(request, cancellationToken);
        }

        var ingestTime = watch.Elapsed;
        watch.Restart();
        var queries = new TimelineQueryService(store, store);
        var summary = await queries.GetSummaryAsync(storyId, new SummaryOptions(gold.Dates.Count, gold.SentencesPerDate), cancellationToken);
        var summaryTime = watch.Elapsed;
        var timeline = await queries.GetTimelineAsync(storyId, cancellationToken);
        var articles = await queries.GetArticlesAsync(storyId, cancellationToken) ?? [];

        var events = timeline?.Events ?? [];
        var chosen = summary?.Entries.Select(e => (e.Date.Start, (IReadOnlyList<string>)[.. e.Sentences.Select(s => s.Text)])).ToList() ?? [];
        var baseline = Baseline(events, articles, gold.Dates.Count, gold.SentencesPerDate);
        var (covered, _) = GoldDateCoverage.Of(events, gold.Dates);
        var ranked = DateImportance.Rank(timeline?.EventsWithRemarks ?? [], [.. articles.Where(a => a.Status == ArticleStatus.Processed && a.Published is not null).Select(a => a.Published!.Date)]).ToList();
        return new T17FolderReport(
            name,
            files.Count,
            gold.Dates.Count,
            gold.SentencesPerDate,
            events.Count + (timeline?.Undated.Count ?? 0),
            T17Score.Of(chosen, gold.Dates),
            T17Score.Of(baseline, gold.Dates),
            covered,
            ingestTime,
            summaryTime)
        {
            MissedDates = [.. gold.Dates.Select(d => d.Date).Where(d => !chosen.Exists(c => c.Start == d)).Select(d => (d, RankOf(d)))],
            ExtraDates = [.. chosen.Select(c => c.Start).Where(d => !gold.Dates.Any(g => g.Date == d)).Select(d => (d, RankOf(d)))],
        };

        int? RankOf(DateOnly day)
        {
            var index = ranked.FindIndex(c => c.Date.Start == day && c.Date.Granularity == "day");
            return index < 0 ? null : index + 1;
        }
    }

    /// <summary>The days with the most articles published (earlier first on a tie), each told by the summary's sentence picker.</summary>
    public static IReadOnlyList<(DateOnly Date, IReadOnlyList<string> Sentences)> Baseline(
        IReadOnlyList<TimelineEvent> dated, IReadOnlyList<ArticleRecord> articles, int dates, int sentences)
    {
        var byDay = dated.Where(e => e.Date is { Granularity: "day" }).ToLookup(e => e.Date!.Start);
        return [.. articles.Where(a => a.Status == ArticleStatus.Processed && a.Published is not null)
            .GroupBy(a => a.Published!.Date)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Take(dates)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. SentencePicker.Pick([.. byDay[g.Key]], sentences).Select(s => s.Text)]))];
    }

    /// <summary>The sidecar's <c>published</c>, <c>url</c> and <c>outlet</c>: the dataset gives each article's date.</summary>
    private static Dictionary<string, string> Metadata(string file) => SidecarMetadata.Read(file, MetadataNames);
}
