using System.Text.RegularExpressions;

namespace TimelineFunctions.Infra.Tests;

/// <summary>
/// azure.yaml ties azd to the template and the package: the service name matches the function app's
/// azd-service-name tag, `dist` is the zip the prepackage hook writes, and the hooks exist.
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
    public void Service_api_is_a_custom_language_function_deployed_from_a_prebuilt_zip()
    {
        Assert.Equal("function", Value("services", "api", "host"));
        Assert.Equal("custom", Value("services", "api", "language"));
        Assert.Equal(".", Value("services", "api", "project"));
        Assert.EndsWith(".zip", Value("services", "api", "dist"), StringComparison.Ordinal);
        Assert.Equal("false", Value("services", "api", "remoteBuild"));
    }

    [Fact]
    public void Dist_is_the_zip_the_prepackage_hook_writes()
    {
        Assert.Equal("bash scripts/hooks/prepackage.sh", Value("services", "api", "hooks", "prepackage", "posix", "run"));
        var hook = File.ReadAllText(TestEnvironment.InRepo("scripts", "hooks", "prepackage.sh"));
        var match = PublishCall().Match(hook);
        Assert.True(match.Success, "prepackage.sh does not call scripts/publish.sh with a default folder");

        // publish.sh writes OUTDIR.zip next to OUTDIR.
        Assert.Equal(match.Groups[1].Value + ".zip", Value("services", "api", "dist"));
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
        Assert.Contains(".data/", gitignore); // publish output and the azd package
        Assert.Contains(".azure/", gitignore); // azd environments
    }

    [GeneratedRegex(@"^([A-Za-z0-9_.-]+):\s*(.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"scripts/publish\.sh ""\$\{AZD_PACKAGE_DIR:-([^}]+)\}""")]
    private static partial Regex PublishCall();
}
