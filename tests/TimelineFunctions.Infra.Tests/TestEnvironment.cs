using System.Reflection;
using System.Runtime.Versioning;

// The Bicep CLI package is linux-x64 and the scripts are bash: these tests run on Linux only.
[assembly: SupportedOSPlatform("linux")]

namespace TimelineFunctions.Infra.Tests;

/// <summary>Paths baked in at build time (see the csproj) and checks on them.</summary>
public static class TestEnvironment
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    /// <summary>The bicep executable of the Azure.Bicep.CommandLine.linux-x64 package.</summary>
    public static string BicepPath { get; } = ResolveBicep();

    /// <summary>The build output of src/TimelineFunctions.Functions in this test project's configuration.</summary>
    public static string FunctionsAppOutput { get; } = Metadata("FunctionsAppOutput");

    /// <summary>The Functions host beside the repository (../shared/tools/functions-host), as CI has it.</summary>
    public static string FunctionsHostDir { get; } =
        Environment.GetEnvironmentVariable("FUNCTIONS_HOST_DIR") is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "tools", "functions-host"));

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    public static string InFunctionsAppOutput(params string[] parts) => Path.Combine([FunctionsAppOutput, .. parts]);

    private static string Metadata(string key)
    {
        var value = typeof(TestEnvironment).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"assembly metadata '{key}' is missing; rebuild the test project");
        }

        return value;
    }

    private static string ResolveBicep()
    {
        var packageRoot = Metadata("BicepPackageRoot");
        var bicep = Path.Combine(packageRoot, "tools", "bicep");
        if (!File.Exists(bicep))
        {
            throw new FileNotFoundException(
                $"bicep not found at {bicep}; is the Azure.Bicep.CommandLine.linux-x64 package restored?", bicep);
        }

        // NuGet extraction normally keeps the mode, but make sure the owner can execute it.
        var mode = File.GetUnixFileMode(bicep);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(bicep, mode | UnixFileMode.UserExecute);
        }

        return bicep;
    }
}
