using System.Text.Json;

namespace TimelineFunctions.Cli.Commands;

/// <summary>An article file to upload, with the blob metadata from its sidecar.</summary>
internal sealed record ArticleFile(string Path, string RelativeName, string ContentType, Dictionary<string, string> Metadata);

/// <summary>Finds article files (.txt, .html, .htm, .json) under the given paths.</summary>
/// <remarks>
/// A sidecar <c>NAME.meta.json</c> next to <c>NAME.txt</c> supplies blob metadata (string or null fields:
/// published, url, outlet, title, …); it wins over the defaults given on the command line.
/// </remarks>
internal static class ArticleFiles
{
    /// <summary>The sidecar fields that become blob metadata, as the ingest reads them.</summary>
    private static readonly HashSet<string> MetadataNames = new(StringComparer.OrdinalIgnoreCase) { "published", "updated", "url", "outlet", "source", "title" };

    /// <summary>The article files under <paramref name="paths"/>; <paramref name="defaults"/> fill in metadata no sidecar gives.</summary>
    public static List<ArticleFile> Find(IEnumerable<string> paths, IReadOnlyDictionary<string, string>? defaults = null)
    {
        defaults ??= new Dictionary<string, string>();
        var files = new List<ArticleFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(Extraction.Reading.ArticleFiles.IsArticle)
                    .Order(StringComparer.Ordinal)
                    .Select(f => Describe(f, Path.GetRelativePath(path, f), defaults)));
            }
            else if (File.Exists(path))
            {
                files.Add(Describe(path, Path.GetFileName(path), defaults));
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}");
            }
        }

        return files;
    }

    private static ArticleFile Describe(string file, string relative, IReadOnlyDictionary<string, string> defaults)
    {
        var metadata = new Dictionary<string, string>(defaults, StringComparer.OrdinalIgnoreCase);
        var sidecar = Path.ChangeExtension(file, ".meta.json");
        if (File.Exists(sidecar))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(sidecar));
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && MetadataNames.Contains(property.Name) && IsAscii(property.Value.GetString()!))
                {
                    metadata[property.Name] = property.Value.GetString()!;
                }
            }
        }

        var contentType = Extraction.Reading.ArticleFiles.ContentTypeOf(file) ?? "application/octet-stream";
        return new ArticleFile(file, relative.Replace('\\', '/'), contentType, metadata);
    }

    // Blob metadata travels in HTTP headers: values must be ASCII.
    public static bool IsAscii(string value) => value.All(char.IsAscii);
}
