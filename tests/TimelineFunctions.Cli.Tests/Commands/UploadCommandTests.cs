using TimelineFunctions.Cli.Commands;

namespace TimelineFunctions.Cli.Tests.Commands;

/// <summary>The upload command's options are checked as the command line is parsed, before any file is read.</summary>
public sealed class UploadCommandTests
{
    [Theory]
    [InlineData("--story", "Not A Story!", "--story: ")]
    [InlineData("--published", "2024-13-01", "--published must be a date: YYYY-MM-DD.")]
    [InlineData("--published", "1 May 2024", "--published must be a date: YYYY-MM-DD.")]
    [InlineData("--outlet", "Le Café", "--outlet must be ASCII")]
    [InlineData("--title", "Grève", "--title must be ASCII")]
    public void An_invalid_option_is_a_parse_error_that_names_it(string option, string value, string error)
    {
        var parse = UploadCommand.Create().Parse(["a.txt", option, value]);

        Assert.Contains(parse.Errors, e => e.Message.StartsWith(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_options_parse_without_errors()
    {
        var parse = UploadCommand.Create().Parse(
            ["a.txt", "b/", "--story", "velmont-ford-derailment", "--published", "2025-03-04", "--outlet", "Northwire", "--url", ""]);

        Assert.Empty(parse.Errors);
    }

    [Fact]
    public async Task A_missing_path_is_named_and_nothing_is_uploaded()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-article-{Guid.NewGuid():N}.txt");

        var exitCode = await UploadCommand.Create().Parse([missing, "--connection", "UseDevelopmentStorage=true"]).InvokeAsync();

        Assert.Equal(UploadCommand.MissingPathExitCode, exitCode);
    }
}
