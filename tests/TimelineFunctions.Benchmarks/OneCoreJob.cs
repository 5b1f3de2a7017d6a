using BenchmarkDotNet.Jobs;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// The job every benchmark here runs: BenchmarkDotNet's short run pinned to one core, with the runtime settings the
/// project's executables ship with (Directory.Build.props turns dynamic PGO off; the generated benchmark process
/// does not read that file, so the setting is passed on here).
/// </summary>
public static class OneCoreJob
{
    public static Job Create() =>
        Job.ShortRun
            .WithAffinity(1)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredPGO", "0"))
            .WithId("ShortRun-1core");
}
