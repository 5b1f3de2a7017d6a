using TimelineFunctions.IntegrationTests.Infrastructure;

namespace TimelineFunctions.IntegrationTests.Cli;

/// <summary>The CLI as a new user meets it when something is wrong: one readable line, never a stack trace.</summary>
public sealed class CliErrorsTests
{
    private static readonly Dictionary<string, string> NoStorage = new()
    {
        ["Storage__ConnectionString"] = Azurite.ConnectionStringFor(FreePorts.Next(), FreePorts.Next(), FreePorts.Next()),
    };

    [Fact]
    public async Task An_invalid_story_id_is_refused_before_anything_is_uploaded()
    {
        var folder = Directory.CreateTempSubdirectory("cli-story-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.txt"), "The vote was held on 2024-05-01.");

        // Storage is unreachable too: the refusal must come first, without trying to upload.
        var (exitCode, output) = await CliRunner.RunAsync(NoStorage, "upload", folder.FullName, "--story", "Not A Story!");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--story", output, StringComparison.Ordinal);
        Assert.DoesNotContain("uploaded 1/1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show", "some-story")]
    [InlineData("upload", "FILE")]
    public async Task Unreachable_storage_is_one_line_and_exit_code_3(string command, string argument)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("cli-down-").FullName, "a.txt");
        await File.WriteAllTextAsync(file, "The vote was held on 2024-05-01.");

        var (exitCode, output) = await CliRunner.RunAsync(NoStorage, command, argument == "FILE" ? file : argument);

        Assert.Equal(3, exitCode);
        Assert.Contains("Cannot reach storage", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.True(output.Trim().Split('\n').Length <= 3, output);
    }
}
