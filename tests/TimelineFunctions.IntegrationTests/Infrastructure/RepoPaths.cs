using TimelineFunctions.TestSupport;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>Finds the repository (the folder holding TimelineFunctions.sln) and the build outputs the tests run.</summary>
public static class RepoPaths
{
    public static string Root => RepoLayout.Root;

    /// <summary>The build configuration the tests were built in (the function app was built in the same one).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The function app's build output: what the Functions host runs (host.json, functions.metadata, worker.config.json).</summary>
    public static string FunctionApp => Path.Combine(Root, "src", "TimelineFunctions.Functions", "bin", Configuration, "net10.0");

    /// <summary>The Functions host built from source (see its README), beside the repository as CI has it; FUNCTIONS_HOST names another folder.</summary>
    public static string FunctionsHost => Path.GetFullPath(Environment.GetEnvironmentVariable("FUNCTIONS_HOST") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Root, "..", "shared", "tools", "functions-host"));

    public static string CliDll => Path.Combine(Root, "src", "TimelineFunctions.Cli", "bin", Configuration, "net10.0", "timeline.dll");

    public static string Azurite => Path.Combine(Root, "node_modules", "azurite", "dist", "src", "azurite.js");

    public static string Samples => Path.Combine(Root, "samples");
}
