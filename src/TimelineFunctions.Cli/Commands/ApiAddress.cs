using System.CommandLine;
using TimelineFunctions.Cli.Settings;

namespace TimelineFunctions.Cli.Commands;

/// <summary>Where the function app serves the API, for the URLs the CLI prints and the webhook it notifies.</summary>
internal static class ApiAddress
{
    public static Option<string?> Option() => new("--api")
    {
        Description = $"Base address of the function app (default: ${CliSettings.ApiSetting}, the app scripts/run.sh started, or {CliSettings.DefaultApi}).",
    };

    public static string PageUrl(string? api, string? storyId)
    {
        var root = CliSettings.Load().Api(api);
        return storyId is { Length: > 0 } story
            ? $"{root}/api/view/stories/{Uri.EscapeDataString(story.Trim('/').ToLowerInvariant())}"
            : $"{root}/api/view";
    }
}
