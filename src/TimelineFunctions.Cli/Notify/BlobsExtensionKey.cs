using System.Text.Json;

namespace TimelineFunctions.Cli.Notify;

/// <summary>The host's blobs_extension system key, which its blob webhook requires, read from the host's file secrets (secrets/host.json).</summary>
internal static class BlobsExtensionKey
{
    public static string? Read(string secretsDirectory)
    {
        var file = Path.Combine(secretsDirectory, "host.json");
        if (!File.Exists(file))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(file));
        if (!document.RootElement.TryGetProperty("systemKeys", out var keys))
        {
            return null;
        }

        return keys.EnumerateArray()
            .Where(k => k.GetProperty("name").GetString() == "blobs_extension")
            .Select(k => k.GetProperty("value").GetString())
            .FirstOrDefault();
    }
}
