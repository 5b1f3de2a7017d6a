using System.Text.Json;

namespace TimelineFunctions.Cli.Notify;

/// <summary>The keys the notifier sends, read from the Functions host's file secrets (secrets/host.json).</summary>
internal static class HostKeys
{
    /// <summary>The blobs_extension system key, which the host's blob webhook requires.</summary>
    public static string? BlobsExtension(string secretsDirectory) => Read(secretsDirectory, "systemKeys", "blobs_extension");

    /// <summary>The "default" function key, which ArticleBlobDeleted (a function-level route) requires.</summary>
    public static string? DefaultFunction(string secretsDirectory) => Read(secretsDirectory, "functionKeys", "default");

    /// <summary>The key named <paramref name="name"/> in the list <paramref name="list"/>, or null until the host has written it.</summary>
    private static string? Read(string secretsDirectory, string list, string name)
    {
        var file = Path.Combine(secretsDirectory, "host.json");
        if (!File.Exists(file))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(file));
        if (!document.RootElement.TryGetProperty(list, out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return keys.EnumerateArray()
            .Where(k => k.GetProperty("name").GetString() == name)
            .Select(k => k.GetProperty("value").GetString())
            .FirstOrDefault();
    }
}
