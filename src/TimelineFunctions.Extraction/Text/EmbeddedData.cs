using System.Reflection;

namespace TimelineFunctions.Extraction.Text;

/// <summary>Reads the engine's data files (lexicons, patterns), embedded from Resources/.</summary>
public static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>The non-blank, non-comment lines of Resources/<paramref name="path"/> ("Actors/titles.txt").</summary>
    public static IEnumerable<string> Lines(string path)
    {
        var name = "TimelineFunctions.Extraction.Resources." + path.Replace('/', '.');
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded data file Resources/{path} ({name}).");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#') && !string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line.TrimEnd());
            }
        }

        return lines;
    }
}
