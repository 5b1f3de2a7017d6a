using System.Diagnostics;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Evaluation.TimeMl;

/// <summary>Runs the tagger over TimeML corpora (folders of .tml files) and scores it TempEval-3 style.</summary>
public static class TimeMlEvaluation
{
    /// <summary>The default corpus root: a folder shared/data/timeml in the current directory or any parent.</summary>
    public static string? FindDefaultCorpusRoot(string? from = null)
    {
        for (var dir = new DirectoryInfo(from ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "timeml");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The corpus folders under a root: itself when it holds .tml files, else each sub-folder that does.</summary>
    public static IReadOnlyList<string> CorpusFolders(string root)
    {
        if (Directory.EnumerateFiles(root, "*.tml").Any())
        {
            return [root];
        }

        return [.. Directory.EnumerateDirectories(root).Where(d => Directory.EnumerateFiles(d, "*.tml").Any()).Order(StringComparer.Ordinal)];
    }

    public static TimeMlCorpusResult EvaluateFolder(string folder, TemporalTagger tagger)
    {
        var documents = Directory.EnumerateFiles(folder, "*.tml").Order(StringComparer.Ordinal).Select(TimeMlDocument.Load).ToList();
        var comparisons = new List<TimexComparison>();
        var score = TimeMlScore.Zero;
        long characters = 0;
        var watch = new Stopwatch();
        foreach (var document in documents)
        {
            watch.Start();
            var system = tagger.Tag(document.Text, document.Dct);
            watch.Stop();
            characters += document.Text.Length;
            score += TimeMlScorer.Score(document, system, comparisons);
        }

        return new TimeMlCorpusResult(Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), documents.Count, score, comparisons, characters, watch.Elapsed);
    }
}
