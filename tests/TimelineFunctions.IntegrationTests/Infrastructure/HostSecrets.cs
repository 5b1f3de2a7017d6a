using System.Text.Json;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>The keys the Functions host keeps in its file secrets (HOST_STATE_DIR/secrets/host.json).</summary>
public static class HostSecrets
{
    public static string MasterKey(string stateDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(stateDirectory, "secrets", "host.json")));
        return document.RootElement.GetProperty("masterKey").GetProperty("value").GetString()!;
    }
}
