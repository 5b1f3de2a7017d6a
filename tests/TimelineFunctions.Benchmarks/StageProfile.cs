using System.Diagnostics;
using System.Globalization;
using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// A stopwatch profile of the pipeline's stages per corpus (<c>profile</c> argument): the same steps as
/// <see cref="TimelineFunctions.Extraction.ArticleAnalyzer"/>, each timed on its own, repeated until a few seconds
/// have passed. Coarser than BenchmarkDotNet, but it says where the time goes.
/// </summary>
public static class StageProfile
{
    private static readonly string[] Stages = ["read", "clean", "publication", "tagger", "actors", "events"];

    public static void Run(TimeSpan perCorpus, string? only = null)
    {
        foreach (var corpus in ArticleCorpus.All().Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)))
        {
            var ticks = new long[Stages.Length];
            var rounds = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var total = Stopwatch.StartNew();
            while (total.Elapsed < perCorpus || rounds < 3)
            {
                foreach (var article in corpus.Articles)
                {
                    AnalyzeTimed(article, ticks);
                }

                rounds++;
            }

            // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var sum = ticks.Sum();
            var seconds = sum / (double)Stopwatch.Frequency;
            var megabytes = corpus.Bytes * rounds / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus}: {megabytes / seconds:0.00} MB/s wall, {megabytes / cpu:0.00} MB/s CPU, over {rounds} rounds"));
            for (var i = 0; i < Stages.Length; i++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Stages[i],-12} {100.0 * ticks[i] / sum,5:0.0}%  {ticks[i] * 1000.0 / Stopwatch.Frequency / rounds,8:0.00} ms/round"));
            }
        }
    }

    /// <summary>One article's stages, in milliseconds (the hostile benchmark's <c>stages</c> mode).</summary>
    public static string Once(ArticleInput input)
    {
        var ticks = new long[Stages.Length];
        AnalyzeTimed(input, ticks);
        return string.Join("  ", Stages.Select((stage, i) => string.Create(CultureInfo.InvariantCulture, $"{stage} {ticks[i] * 1000.0 / Stopwatch.Frequency:0} ms")));
    }

    private static void AnalyzeTimed(ArticleInput input, long[] ticks)
    {
        var at = Stopwatch.GetTimestamp();
        var raw = ArticleReader.Read(input);
        Lap(ticks, 0, ref at);
        var cleaned = ArticleCleaner.Clean(raw);
        Lap(ticks, 1, ref at);
        var dating = PublicationDateResolver.Resolve(raw, cleaned);
        Lap(ticks, 2, ref at);
        var expressions = TagByBlock(cleaned.Text, dating);
        Lap(ticks, 3, ref at);
        var actors = ActorExtractor.Default.Extract(cleaned.Text);
        Lap(ticks, 4, ref at);
        EventExtractor.Default.Extract(cleaned.Text, expressions, actors, dating);
        Lap(ticks, 5, ref at);
    }

    private static void Lap(long[] ticks, int stage, ref long at)
    {
        var now = Stopwatch.GetTimestamp();
        ticks[stage] += now - at;
        at = now;
    }

    private static List<TemporalExpression> TagByBlock(string text, PublicationDating dating)
    {
        if (dating.Blocks.Count == 0)
        {
            return [.. TemporalTagger.Default.Tag(text, dating.Date?.Date)];
        }

        var all = new List<TemporalExpression>();
        foreach (var block in dating.Blocks)
        {
            var part = text.Substring(block.Start, block.Length);
            all.AddRange(TemporalTagger.Default.Tag(part, block.Reference.Date).Select(t => t with { Start = t.Start + block.Start }));
        }

        return all;
    }
}
