namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>Finds the repository root and the default evaluation corpora.</summary>
public static class CorpusLocator
{
    public const string SolutionFile = "TimelineFunctions.sln";

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds the solution file, or null.</summary>
    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The shared dev set (<c>../shared/eval/dev</c> next to the repository).</summary>
    public static string DevSet(string repoRoot) => Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "eval", "dev"));

    /// <summary>The repository's own sample story (<c>samples/</c>).</summary>
    public static string Samples(string repoRoot) => Path.Combine(repoRoot, "samples");

    /// <summary>A corpus is a folder with <c>gold/*.json</c> and <c>articles/&lt;story&gt;/</c>.</summary>
    public static bool IsCorpus(string path) =>
        Directory.Exists(Path.Combine(path, "gold")) && Directory.Exists(Path.Combine(path, "articles"));
}
