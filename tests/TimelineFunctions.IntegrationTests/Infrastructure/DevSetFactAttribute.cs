namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// A fact that needs the shared dev set (<c>../shared/eval/dev</c>): skipped with a message when it is absent,
/// except on CI (<c>CI=true</c>), where it runs and fails.
/// </summary>
public sealed class DevSetFactAttribute : FactAttribute
{
    public DevSetFactAttribute()
    {
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!Directory.Exists(Path.Combine(Folder, "articles")) && !onCi)
        {
            Skip = $"The dev set is not at {Folder}; set CI=true to make its absence a failure.";
        }
    }

    public static string Folder => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "eval", "dev"));
}
