using System.Globalization;
using BenchmarkDotNet.Running;
using TimelineFunctions.Benchmarks;

// "profile [seconds] [corpus]": a stopwatch profile of the pipeline's stages per corpus, no BenchmarkDotNet.
if (args.Length > 0 && args[0] == "profile")
{
    var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
    StageProfile.Run(TimeSpan.FromSeconds(seconds), args.Length > 2 ? args[2] : null);
    return 0;
}

// "rounds N [corpus]": the fastest and the median of N rounds over each corpus in one process.
if (args.Length > 1 && args[0] == "rounds")
{
    BestRounds.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : null);
    return 0;
}

// "alloc": managed bytes allocated per byte of article input, per corpus.
if (args.Length > 0 && args[0] == "alloc")
{
    AllocationProfile.Run();
    return 0;
}

// "hostile CLASS [bytes]" (or "hostile list"): one class of the hostile corpus, its CPU seconds and peak memory.
if (args.Length > 1 && args[0] == "hostile")
{
    return await HostileCost.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : TimelineFunctions.Extraction.Tests.Hostile.HostileCorpus.FullSize);
}

// "limits [DIR...]": the per-article maxima over real articles that the extraction limits are picked from.
if (args.Length > 0 && args[0] == "limits")
{
    return ArticleLimitsSurvey.Run(args[1..]);
}

// "merge-profile FOLDER [runs]": a stopwatch profile of merging a whole Timeline17 folder's story.
if (args.Length > 1 && args[0] == "merge-profile")
{
    await StoryMergeProfile.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
    return 0;
}

// With no arguments, run everything (BenchmarkSwitcher would otherwise ask interactively).
return BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args)
    .Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;
