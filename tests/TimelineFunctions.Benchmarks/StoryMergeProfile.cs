using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Evaluation;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// "merge-profile FOLDER [runs]": ingests a Timeline17 folder into one in-memory story (as <c>evaluate --t17</c>
/// does), then times the merge of the whole story (<see cref="EventMerger"/>) and the whole assembly
/// (<see cref="TimelineAssembler"/>) several times: the cold-read cost without storage or HTTP.
/// </summary>
public static class StoryMergeProfile
{
    public static async Task RunAsync(string folder, int runs)
    {
        var store = new InMemoryTimelineStore(TimeProvider.System);
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "articles")).Where(ArticleFiles.IsArticle).Order(StringComparer.Ordinal))
        {
            var metadata = SidecarMetadata.Read(file, ["published", "url", "outlet"]);
            var request = new IngestRequest($"story/{Path.GetFileName(file)}", await File.ReadAllBytesAsync(file), ArticleFiles.ContentTypeOf(file), metadata, null);
            await ingest.IngestAsync(request, CancellationToken.None);
        }

        var contents = await store.GetStoryContentsAsync("story", CancellationToken.None);
        Console.WriteLine($"{contents.Articles.Count} articles, {contents.Events.Count} reports");
        var fastest = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var events = EventMerger.Default.Group(contents.Events).Count;
            var merge = watch.Elapsed.TotalMilliseconds;
            fastest = Math.Min(fastest, merge);
            watch.Restart();
            var (dated, undated) = TimelineAssembler.Assemble(contents.Articles, contents.Events);
            var assemble = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"run {run + 1}: {events} events; merge {merge:F0} ms ({merge * 1000 / contents.Events.Count:F0} µs a report); assemble {assemble:F0} ms ({dated.Count + undated.Count} events)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fastest merge of {runs}: {fastest:F0} ms ({fastest * 1000 / contents.Events.Count:F0} µs a report)"));
    }
}
