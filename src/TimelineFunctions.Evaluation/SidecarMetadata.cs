using System.Text.Json;

namespace TimelineFunctions.Evaluation;

/// <summary>
/// Blob metadata for an article file from its sidecar (<c>NAME.meta.json</c>): the named string fields, ASCII only
/// as blob metadata must be.
/// </summary>
/// <remarks>
/// Each evaluation names the fields it may pass on.
/// </remarks>
public static class SidecarMetadata
{
    public static Dictionary<string, string> Read(string file, IEnumerable<string> names)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sidecar = Path.ChangeExtension(file, ".meta.json");
        if (!File.Exists(sidecar))
        {
            return metadata;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(sidecar));
        foreach (var name in names)
        {
            if (doc.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.All(char.IsAscii))
            {
                metadata[name] = text;
            }
        }

        return metadata;
    }
}
