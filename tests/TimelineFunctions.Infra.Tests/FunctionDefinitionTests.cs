using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace TimelineFunctions.Infra.Tests;

/// <summary>
/// The function app root (host.json + function.json folders) is what Flex Consumption runs: the blob trigger
/// must be Event Grid based, and host.json must start the executable publish.sh produces.
/// </summary>
public sealed class FunctionDefinitionTests
{
    private static JsonObject ReadJson(params string[] parts)
    {
        var text = File.ReadAllText(TestEnvironment.InRepo(parts));
        var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        return Assert.IsType<JsonObject>(node);
    }

    private static readonly string[] Directions = ["in", "out", "inout"];

    /// <summary>Top-level folders of the repo that hold a function.json (what the host indexes).</summary>
    private static List<string> FunctionFolderNames() =>
        Directory.EnumerateDirectories(TestEnvironment.RepoRoot)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> FunctionFolders() => new(FunctionFolderNames());

    [Fact]
    public void The_app_has_exactly_the_two_expected_functions() =>
        Assert.Equal(["IngestArticle", "TimelineApi"], FunctionFolderNames());

    [Theory]
    [MemberData(nameof(FunctionFolders))]
    public void Function_json_is_valid_with_typed_directional_bindings(string function)
    {
        var bindings = ReadJson(function, "function.json")["bindings"]?.AsArray();
        Assert.NotNull(bindings);
        Assert.NotEmpty(bindings);
        Assert.All(bindings, b =>
        {
            Assert.False(string.IsNullOrEmpty((string?)b?["name"]), "every binding needs a name");
            Assert.False(string.IsNullOrEmpty((string?)b?["type"]), "every binding needs a type");
            Assert.Contains((string?)b?["direction"], Directions);
        });
        Assert.Single(bindings, b => ((string?)b?["type"])?.EndsWith("Trigger", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Blob_trigger_uses_event_grid_binary_and_host_storage()
    {
        var binding = Assert.Single(ReadJson("IngestArticle", "function.json")["bindings"]!.AsArray());
        Assert.Equal("blobTrigger", (string?)binding?["type"]);
        Assert.Equal("in", (string?)binding?["direction"]);
        // Flex Consumption refuses polling blob triggers at startup.
        Assert.Equal("EventGrid", (string?)binding?["source"]);
        // binary: the content arrives base64 instead of a double-JSON-encoded string.
        Assert.Equal("binary", (string?)binding?["dataType"]);
        // AzureWebJobsStorage is identity-based in Azure (app settings AzureWebJobsStorage__*).
        Assert.Equal("AzureWebJobsStorage", (string?)binding?["connection"]);
        Assert.Equal("articles/{name}", (string?)binding?["path"]);
    }

    [Fact]
    public void Http_function_has_one_anonymous_catch_all_trigger_and_one_http_output()
    {
        var bindings = ReadJson("TimelineApi", "function.json")["bindings"]!.AsArray();
        var trigger = Assert.Single(bindings, b => (string?)b?["type"] == "httpTrigger");
        Assert.Equal("anonymous", (string?)trigger?["authLevel"]);
        Assert.Equal("{*path}", (string?)trigger?["route"]);
        Assert.Equal(["get", "post", "delete"], trigger?["methods"]!.AsArray().Select(m => (string?)m));
        var output = Assert.Single(bindings, b => (string?)b?["type"] == "http");
        Assert.Equal("out", (string?)output?["direction"]);
        Assert.Equal("res", (string?)output?["name"]);
        Assert.Equal(2, bindings.Count);
    }

    [Fact]
    public void Host_json_starts_the_published_apphost_of_the_handler_project()
    {
        var host = ReadJson("host.json");
        Assert.Equal("2.0", (string?)host["version"]);
        var description = host["customHandler"]?["description"];
        Assert.NotNull(description);

        // publish.sh publishes the handler into handler/, where dotnet names the apphost after AssemblyName.
        var csproj = XDocument.Load(TestEnvironment.InRepo("src", "TimelineFunctions.Handler", "TimelineFunctions.Handler.csproj"));
        var assemblyName = csproj.Descendants("AssemblyName").Select(e => e.Value.Trim()).LastOrDefault()
            ?? "TimelineFunctions.Handler";
        Assert.Equal($"handler/{assemblyName}", (string?)description["defaultExecutablePath"]);
        Assert.Equal("handler", (string?)description["workingDirectory"]);

        // Flex Consumption (non-.NET-isolated apps) needs extension bundle 4.x or later for Event Grid blob triggers.
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", (string?)host["extensionBundle"]?["id"]);
        Assert.StartsWith("[4.", (string?)host["extensionBundle"]?["version"], StringComparison.Ordinal);
    }
}
