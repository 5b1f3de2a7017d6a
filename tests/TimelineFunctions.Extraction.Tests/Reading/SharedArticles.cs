using System.Text;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Reading;

/// <summary>
/// The real articles live outside the repository, in ../shared relative to the repository root (the folder
/// holding TimelineFunctions.sln); tests read them at run time and never copy them.
/// </summary>
public static class SharedArticles
{
    private static readonly Lazy<string> Root = new(FindShared);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    public static string Sample(string name) => Path("samples", name);

    public static ArticleInput Input(string file, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(System.IO.Path.GetFileName(file), File.ReadAllBytes(file), "text/plain", metadata);

    public static ArticleInput Text(string text, string name = "article.txt", string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(name, Encoding.UTF8.GetBytes(text), contentType, metadata);

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TimelineFunctions.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"The shared article folder {shared} (../shared next to the repository) is missing.");
            }
        }

        throw new DirectoryNotFoundException($"No TimelineFunctions.sln above {AppContext.BaseDirectory}.");
    }
}
