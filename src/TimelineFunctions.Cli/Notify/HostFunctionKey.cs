using System.Text.Json;

namespace TimelineFunctions.Cli.Notify;

/// <summary>The host's "default" function key, which ArticleBlobDeleted (a function-level route) requires, read from the host's file secrets.</summary>
internal static class HostFunctionKey
{
    public static string? Read(string secretsDirectory)
    {
        var file = Path.Combine(secretsDirectory, "host.json");
        if (!File.Exists(file))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(file));
        if (!document.RootElement.TryGetProperty("functionKeys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return keys.EnumerateArray()
            .Where(k => k.GetProperty("name").GetString() == "default")
            .Select(k => k.GetProperty("value").GetString())
            .FirstOrDefault();
    }
}
