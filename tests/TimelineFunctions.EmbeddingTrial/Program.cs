using System.Diagnostics;
using TimelineFunctions.EmbeddingTrial;
using TimelineFunctions.Evaluation.DevSet;

// For each threshold, every dev story is ingested and merged as `timeline evaluate` does, then events on compatible
// dates whose sentence embeddings are at least that similar are merged too, and the story is scored again.
var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "eval", "dev");
double[] thresholds = [0.95, 0.90, 0.85, 0.80, 0.75, 0.70, 0.65];

var load = Stopwatch.StartNew();
using var embeddings = new EventEmbeddings();
Console.WriteLine($"model loaded and first sentence encoded in {load.ElapsedMilliseconds} ms");

await Print("none (the engine as it is)", new DevSetEvaluator());
foreach (var threshold in thresholds)
{
    var merger = new SimilarEventMerger(embeddings, threshold);
    await Print($"cosine >= {threshold:F2}", new DevSetEvaluator { AdjustTimeline = merger.MergeAsync });
}

Console.WriteLine($"\nencoding: {embeddings.Sentences} distinct sentences, {embeddings.Elapsed.TotalMilliseconds / Math.Max(1, embeddings.Sentences):F1} ms a sentence");

async Task Print(string label, DevSetEvaluator evaluator)
{
    var report = await evaluator.EvaluateAsync([corpus], CancellationToken.None);
    Console.WriteLine($"\n{label}");
    foreach (var story in report.Stories)
    {
        Console.WriteLine($"  {story.Story,-24} {Figures(story.Metrics)}");
    }

    Console.WriteLine($"  {"all",-24} {Figures(report.Metrics)}");
}

static string Figures(Metrics m) =>
    $"core right date {Percent(m.CoreRecallRightDate)}  precision {Percent(m.Precision)}  exact {Percent(m.DateExact)}  duplicates {Percent(m.DuplicateRate)}  sources {Percent(m.SourcesAttached)}";

static string Percent(double? value) => value is { } v ? (v * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture).PadLeft(3) + "%" : "  -";
