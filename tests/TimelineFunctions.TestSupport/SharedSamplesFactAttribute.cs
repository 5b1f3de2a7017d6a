namespace TimelineFunctions.TestSupport;

/// <summary>A fact that needs <c>../shared/samples</c>, skipped without it except on CI.</summary>
/// <remarks>On CI (<c>CI=true</c>) it always runs, so absent samples fail instead of passing unnoticed.</remarks>
public sealed class SharedSamplesFactAttribute : FactAttribute
{
    public SharedSamplesFactAttribute()
    {
        if (Folder is null && !RepoLayout.OnCi)
        {
            Skip = "../shared/samples is not beside the repository; set CI=true to make its absence a failure.";
        }
    }

    /// <summary>The shared samples folder, or null when it is absent.</summary>
    public static string? Folder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(RepoLayout.Root, "..", "shared", "samples"));
            return Directory.Exists(folder) ? folder : null;
        }
    }
}
