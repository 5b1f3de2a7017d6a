using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineFunctions.Application.Ingest;
using TimelineFunctions.Evaluation.InMemory;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Tests.Hostile;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// <c>hostile CLASS [bytes]</c>: ingests one class of the hostile corpus (<see cref="HostileCorpus"/>, near the 5 MiB
/// cap by default) through the real <see cref="IngestService"/> on the in-memory store, and prints one line: the
/// outcome, the CPU seconds, the peak working set above the idle one, and what is still held after a full
/// collection. Run it once per class in its own process (scripts/benchmark-hostile.sh) so the peak is that class's.
/// <c>hostile list</c> prints the class names.
/// </summary>
public static class HostileCost
{
    public static async Task<int> RunAsync(string name, int size)
    {
        if (name == "list")
        {
            foreach (var each in HostileCorpus.All)
            {
                Console.WriteLine(each.Class);
            }

            return 0;
        }

        if (name.StartsWith("stages:", StringComparison.Ordinal))
        {
            // Where the time goes for one class: the analyzer's stages, timed one by one (after a warm-up run).
            var staged = HostileCorpus.Get(name["stages:".Length..]);
            StageProfile.Once(new ArticleInput("warm.txt", staged.Build(4096), staged.ContentType, staged.MetadataOrEmpty));
            Console.WriteLine($"{staged.Class}: {StageProfile.Once(new ArticleInput(staged.BlobName, staged.Build(size), staged.ContentType, staged.MetadataOrEmpty))}");
            return 0;
        }

        var hostile = HostileCorpus.Get(name);
        var store = new InMemoryTimelineStore();
        var ingest = new IngestService(store, store, store, store, store, ArticleAnalyzer.Default, TimeProvider.System, NullLogger<IngestService>.Instance);

        // Warm up (JIT, lexicons) on a small article of the same class, so the figures are the input's, not start-up's.
        try
        {
            await ingest.IngestAsync(Request(hostile, "warm-up/", hostile.Build(4096)), CancellationToken.None);
        }
        catch (RegexMatchTimeoutException)
        {
            // The patterns' 2 s limits are wall-clock: on a starved machine a warm-up can pass one. The run below counts.
        }

        var content = hostile.Build(size);
        var idle = Settle();
        ResetPeak();

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        string outcome, message;
        try
        {
            var result = await ingest.IngestAsync(Request(hostile, "", content), CancellationToken.None);
            (outcome, message) = (result.Outcome.ToString(), result.Message);
        }
        catch (Exception ex)
        {
            // What the host would retry: a failure, printed as such.
            (outcome, message) = ("Failed", $"{ex.GetType().Name}: {ex.Message}");
        }

        process.Refresh();
        var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var peak = process.PeakWorkingSet64 - idle;
        var length = content.Length;
        content = null;
        store = null;
        ingest = null;
        var after = Settle() - idle;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{hostile.Class,-28} {length,9:N0} B  {outcome,-9} {seconds,6:0.00} s CPU  peak +{peak / 1e6,6:0} MB  after +{after / 1e6,5:0} MB  {(message.Length > 100 ? message[..100] : message)}"));
        return 0;
    }

    private static IngestRequest Request(HostileCase hostile, string prefix, byte[] content)
    {
        var name = prefix.Length > 0 ? prefix + "article" + Path.GetExtension(hostile.BlobName) : hostile.BlobName;
        return new IngestRequest(name, content, hostile.ContentType, hostile.MetadataOrEmpty, DateTimeOffset.UtcNow);
    }

    /// <summary>Starts the peak working set (VmHWM) afresh on Linux, so the peak is this ingest's and not the input's generation.</summary>
    private static void ResetPeak()
    {
        if (OperatingSystem.IsLinux())
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    /// <summary>Collects everything and returns the working set.</summary>
    private static long Settle()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
