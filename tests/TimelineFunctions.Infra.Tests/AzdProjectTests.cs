using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TimelineFunctions.Infra.Tests;

/// <summary>
/// azure.yaml ties azd to the template and the package: the service name matches the function app's
/// azd-service-name tag, the service is the isolated-worker project that azd publishes itself (`language: dotnet`:
/// `dotnet publish &lt;project&gt; -c Release`), the project's publish settings give that publish ReadyToRun for
/// linux-x64, scripts/publish.sh runs the same publish, and the hooks exist.
/// (There is no YAML parser in the repo's packages; these checks read the few lines they need.)
/// </summary>
public sealed partial class AzdProjectTests
{
    private static readonly string[] AzureYaml = File.ReadAllLines(TestEnvironment.InRepo("azure.yaml"));

    /// <summary>The scalar value of `key:` under the given indented path, e.g. ("services", "api", "dist").</summary>
    private static string? Value(params string[] path)
    {
        var depth = 0;
        var indent = -1;
        foreach (var raw in AzureYaml)
        {
            var line = raw.Split(" #")[0].TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var lineIndent = line.Length - line.TrimStart().Length;
            if (lineIndent <= indent && depth > 0)
            {
                return null; // left the block we were in
            }

            var match = KeyValue().Match(line.Trim());
            if ((depth == 0 && lineIndent != 0) || !match.Success || match.Groups[1].Value != path[depth])
            {
                continue;
            }

            if (depth == path.Length - 1)
            {
                return match.Groups[2].Value.Trim();
            }

            depth++;
            indent = lineIndent;
        }

        return null;
    }

    [Fact]
    public void Service_api_is_the_isolated_worker_project_that_azd_publishes_as_dotnet()
    {
        Assert.Equal("function", Value("services", "api", "host"));
        Assert.Equal("dotnet", Value("services", "api", "language"));
        Assert.Equal("./src/TimelineFunctions.Functions", Value("services", "api", "project"));
        Assert.Equal("false", Value("services", "api", "remoteBuild"));
        // azd zips its own publish output: no prebuilt package, no packaging hook.
        Assert.Null(Value("services", "api", "dist"));
        Assert.Null(Value("services", "api", "hooks", "prepackage", "posix", "run"));

        // azd publishes the single project file it finds in the folder (more than one is an error).
        var project = TestEnvironment.InRepo(Value("services", "api", "project")!);
        var projectFile = Assert.Single(Directory.GetFiles(project, "*.*proj"));
        Assert.Contains("Microsoft.Azure.Functions.Worker.Sdk", File.ReadAllText(projectFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_dotnet_publish_of_the_app_is_ReadyToRun_for_linux_x64_and_framework_dependent()
    {
        // azd runs `dotnet publish <project> -c Release --output <dir>` with no other options, so the publish settings
        // must be in the project, for publishing only (builds and tests keep the portable output).
        var csproj = XDocument.Load(TestEnvironment.InRepo("src", "TimelineFunctions.Functions", "TimelineFunctions.Functions.csproj"));
        var publishGroup = Assert.Single(
            csproj.Descendants("PropertyGroup"),
            g => ((string?)g.Attribute("Condition"))?.Replace(" ", "", StringComparison.Ordinal) == "'$(_IsPublishing)'=='true'");
        Assert.Equal("linux-x64", publishGroup.Element("RuntimeIdentifier")?.Value);
        Assert.Equal("false", publishGroup.Element("SelfContained")?.Value);
        Assert.Equal("true", publishGroup.Element("PublishReadyToRun")?.Value);
        Assert.Empty(csproj.Descendants("PropertyGroup").Where(g => g != publishGroup).Elements("RuntimeIdentifier"));
    }

    [Fact]
    public void Publish_script_runs_the_publish_azd_runs()
    {
        var script = File.ReadAllText(TestEnvironment.InRepo("scripts", "publish.sh"));
        // The same project as azure.yaml's service, and azd's configuration (Release).
        Assert.Contains("project=${FUNCTIONS_PROJECT:-src/TimelineFunctions.Functions}", script, StringComparison.Ordinal);
        Assert.Equal("./src/TimelineFunctions.Functions", Value("services", "api", "project"));
        Assert.Contains("configuration=${CONFIGURATION:-Release}", script, StringComparison.Ordinal);
        Assert.Matches(PublishCommand(), script);
    }

    [Fact]
    public void Every_script_azure_yaml_runs_exists()
    {
        foreach (var line in AzureYaml.Where(l => l.Trim().StartsWith("run:", StringComparison.Ordinal)))
        {
            var match = ScriptPath().Match(line);
            Assert.True(match.Success, $"azure.yaml runs something other than a script: {line.Trim()}");
            Assert.True(File.Exists(TestEnvironment.InRepo(match.Groups[1].Value)), $"{match.Groups[1].Value} does not exist");
        }
    }

    [Fact]
    public void Postdeploy_hook_runs_the_event_grid_script()
    {
        Assert.Equal("bash scripts/hooks/postdeploy.sh", Value("hooks", "postdeploy", "posix", "run"));
        Assert.True(File.Exists(TestEnvironment.InRepo("scripts", "hooks", "postdeploy.sh")));
    }

    [Fact]
    public void Infra_points_at_main_bicep_and_the_service_name_matches_the_tag()
    {
        Assert.Equal("bicep", Value("infra", "provider"));
        Assert.Equal("infra", Value("infra", "path"));
        Assert.Equal("main", Value("infra", "module"));
        Assert.NotNull(Value("services", "api", "host"));
        Assert.Contains("serviceName: 'api'", File.ReadAllText(TestEnvironment.InRepo("infra", "main.bicep")), StringComparison.Ordinal);
    }

    [Fact]
    public void Azd_outputs_are_git_ignored()
    {
        var gitignore = File.ReadAllLines(TestEnvironment.InRepo(".gitignore"));
        Assert.Contains(".data/", gitignore); // publish.sh output and the cold-start benchmark's logs
        Assert.Contains(".azure/", gitignore); // azd environments
    }

    [GeneratedRegex(@"^([A-Za-z0-9_.-]+):\s*(.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"dotnet publish ""\$project"" \\\s+-c ""\$configuration"" \\\s+--output ""\$out_dir""")]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"run:\s*bash\s+(scripts/\S+\.sh)\s*$")]
    private static partial Regex ScriptPath();
}
