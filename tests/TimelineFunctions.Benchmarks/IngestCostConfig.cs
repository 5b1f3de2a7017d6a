using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// One operation per iteration (so every iteration can start from the same story size), 3 warm-ups and 15
/// measured iterations, one launch. Storage I/O dominates, so the job is not pinned to a core.
/// </summary>
public sealed class IngestCostConfig : ManualConfig
{
    public IngestCostConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Azurite-1op"));
    }
}
