using System.Text.Json;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>The keys the Functions host keeps in its file secrets (HOST_STATE_DIR/secrets/host.json).</summary>
public static class HostSecrets
{
    public static string MasterKey(string stateDirectory) =>
        Read(stateDirectory, root => root.GetProperty("masterKey").GetProperty("value").GetString()!);

    /// <summary>The host's "default" function key, what a caller of a function-level route sends.</summary>
    public static string FunctionKey(string stateDirectory) =>
        Read(stateDirectory, root => root.GetProperty("functionKeys").EnumerateArray().First(k => k.GetProperty("name").GetString() == "default").GetProperty("value").GetString()!);

    private static string Read(string stateDirectory, Func<JsonElement, string> select)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(stateDirectory, "secrets", "host.json")));
        return select(document.RootElement);
    }
}
