using System.Diagnostics;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>Runs the project's CLI as a user would, against a function app's storage.</summary>
public static class CliRunner
{
    /// <summary>The CLI with the app's own Storage__* settings, so it sees the test's container and tables.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(FunctionAppProcess app, params string[] arguments) =>
        RunAsync(app.Storage.Environment, arguments);

    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var process = ChildProcess.Start("dotnet", [RepoPaths.CliDll, .. arguments], environment);
        var stopwatch = Stopwatch.StartNew();
        while (!process.HasExited && stopwatch.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(100);
        }

        return (process.HasExited ? await process.ExitCodeAsync() : -1, process.Output);
    }
}
