using TimelineFunctions.TestSupport;

namespace TimelineFunctions.Evaluation.Tests;

/// <summary>
/// The code and the rule data are plain text: a control character in a pattern ("\b" written through a tool that read
/// it as a backspace) silently stops the pattern matching, as one did for clock times with "am" and "pm".
/// </summary>
public sealed class SourceTextTests
{
    private static readonly string[] Extensions = [".cs", ".txt", ".tsv", ".json", ".md", ".bicep", ".sh", ".csproj", ".props"];

    [Fact]
    public void No_source_or_resource_file_holds_a_control_character()
    {
        var offending = new List<string>();
        foreach (var folder in new[] { "src", "tests", "docs", "infra", "scripts", "samples" })
        {
            var root = Path.Combine(RepoLayout.Root, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepoLayout.Root, file);
                if (!Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) || IsBuildOutput(relative))
                {
                    continue;
                }

                if (File.ReadAllText(file).Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
                {
                    offending.Add(relative);
                }
            }
        }

        Assert.Empty(offending);
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or "TestResults");
}
