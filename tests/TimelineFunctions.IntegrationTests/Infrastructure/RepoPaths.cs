namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>Finds the repository (the folder holding TimelineFunctions.sln) and the build outputs the tests run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built in (the handler was built in the same one).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string HandlerDll => Path.Combine(Root, "src", "TimelineFunctions.Handler", "bin", Configuration, "net10.0", "TimelineFunctions.Handler.dll");

    public static string CliDll => Path.Combine(Root, "src", "TimelineFunctions.Cli", "bin", Configuration, "net10.0", "timeline.dll");

    public static string Azurite => Path.Combine(Root, "node_modules", "azurite", "dist", "src", "azurite.js");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TimelineFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (TimelineFunctions.sln) above " + AppContext.BaseDirectory);
    }
}
