using TimelineFunctions.Evaluation.DevSet;

namespace TimelineFunctions.TestSupport;

/// <summary>The repository the tests were built from and the shared data beside it.</summary>
public static class RepoLayout
{
    /// <summary>The folder holding TimelineFunctions.sln above the test binaries.</summary>
    public static string Root { get; } = CorpusLocator.FindRepoRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No {CorpusLocator.SolutionFile} above {AppContext.BaseDirectory}.");

    /// <summary>The shared dev set, <c>../shared/eval/dev</c>.</summary>
    public static string DevSet => CorpusLocator.DevSet(Root);

    /// <summary>True under CI (<c>CI=true</c>), where missing shared data fails a test instead of skipping it.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
