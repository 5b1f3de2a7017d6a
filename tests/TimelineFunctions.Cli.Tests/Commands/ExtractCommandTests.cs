using TimelineFunctions.Cli.Commands;

namespace TimelineFunctions.Cli.Tests.Commands;

/// <summary>The extract command names a missing file in one line instead of failing with a stack trace.</summary>
public sealed class ExtractCommandTests
{
    [Fact]
    public async Task A_missing_file_is_named_and_nothing_is_read()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-article-{Guid.NewGuid():N}.txt");

        var exitCode = await ExtractCommand.Create().Parse([missing]).InvokeAsync();

        Assert.Equal(UploadCommand.MissingPathExitCode, exitCode);
    }
}
