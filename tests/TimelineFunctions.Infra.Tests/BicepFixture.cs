using System.Text.Json.Nodes;

namespace TimelineFunctions.Infra.Tests;

/// <summary>Compiles infra/main.bicep once per test class and exposes the ARM JSON.</summary>
public sealed class BicepFixture : IAsyncLifetime
{
    public ProcessResult Build { get; private set; } = new(-1, "", "");

    public JsonObject Template { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Build = await ProcessRunner.RunAsync(
            TestEnvironment.BicepPath,
            ["build", TestEnvironment.InRepo("infra", "main.bicep"), "--stdout"],
            TestEnvironment.RepoRoot);
        if (Build.ExitCode == 0)
        {
            Template = JsonNode.Parse(Build.StdOut)?.AsObject()
                ?? throw new InvalidOperationException("bicep build printed no JSON");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The nested template of the module deployment with the given name.</summary>
    public JsonObject Module(string name)
    {
        var deployment = Resources(Template)
            .SingleOrDefault(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name)
            ?? throw new Xunit.Sdk.XunitException($"module deployment '{name}' not found in the compiled template");
        return deployment["properties"]!["template"]!.AsObject();
    }

    /// <summary>The parameter values main.bicep passes to the module with the given name.</summary>
    public JsonObject ModuleParameters(string name)
    {
        var deployment = Resources(Template)
            .Single(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name);
        return deployment["properties"]!["parameters"]!.AsObject();
    }

    /// <summary>Resources of a template (languageVersion 2.0 stores them as an object, 1.0 as an array).</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template) =>
        template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };

    public static IEnumerable<JsonObject> OfType(JsonObject template, string type) =>
        Resources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));
}
