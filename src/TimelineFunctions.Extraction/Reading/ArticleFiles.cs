namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Which files on disk are articles the engine reads, and their content types: <c>.txt</c>, <c>.html</c>, <c>.htm</c>
/// and <c>.json</c>, except <c>NAME.meta.json</c> sidecars.
/// </summary>
/// <remarks>
/// Used wherever articles come from a folder (the CLI's upload, the evaluation, the benchmarks).
/// </remarks>
public static class ArticleFiles
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain; charset=utf-8",
        [".html"] = "text/html",
        [".htm"] = "text/html",
        [".json"] = "application/json",
    };

    /// <summary>The content type of an article file by its extension, or null when it is not one.</summary>
    public static string? ContentTypeOf(string path) => ContentTypes.GetValueOrDefault(Path.GetExtension(path));

    public static bool IsArticle(string path) =>
        ContentTypeOf(path) is not null && !path.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);
}
