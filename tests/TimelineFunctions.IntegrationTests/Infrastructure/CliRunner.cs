using System.Diagnostics;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>Runs the project's CLI as a user would, against a function app's storage.</summary>
public static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(FunctionAppProcess app, params string[] arguments)
    {
        // The CLI reads the same Storage__* settings as the app, so it sees the test's container and tables.
        await using var process = ChildProcess.Start("dotnet", [RepoPaths.CliDll, .. arguments], app.Storage.Environment);
        var stopwatch = Stopwatch.StartNew();
        while (!process.HasExited && stopwatch.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(100);
        }

        return (process.HasExited ? await process.ExitCodeAsync() : -1, process.Output);
    }
}
