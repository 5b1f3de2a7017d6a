using System.Diagnostics;
using System.Globalization;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// The fastest and the median of many rounds over each corpus in one process (<c>rounds</c> argument): the fastest
/// round is the one least disturbed by other load on a shared machine, once the code is optimised.
/// </summary>
public static class BestRounds
{
    public static void Run(int rounds, string? only = null)
    {
        foreach (var corpus in ArticleCorpus.All().Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)))
        {
            var times = new double[rounds];
            for (var r = 0; r < rounds; r++)
            {
                var start = Stopwatch.GetTimestamp();
                corpus.AnalyzeAll();
                times[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            }

            Array.Sort(times);
            var megabytes = corpus.Bytes / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus}: best round {megabytes / times[0]:0.00} MB/s, median {megabytes / times[rounds / 2]:0.00} MB/s over {rounds} rounds"));
        }
    }
}
