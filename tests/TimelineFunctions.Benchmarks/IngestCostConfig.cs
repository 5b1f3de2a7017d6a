using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// One operation per iteration (so every iteration can start from the same story size), 5 warm-ups and 25
/// measured iterations, one launch. Storage I/O dominates, so the job is not pinned to a core, and it runs in
/// process: there is no JIT-level effect to isolate, and it spares building a boilerplate project per case.
/// </summary>
public sealed class IngestCostConfig : ManualConfig
{
    public IngestCostConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(25)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("Azurite-1op"));
    }
}
