using System.CommandLine;

namespace TimelineFunctions.Cli.Commands;

/// <summary>Where the handler serves the API, for the URLs the CLI prints (default: local mode on port 7071).</summary>
internal static class ApiAddress
{
    public const string Default = "http://127.0.0.1:7071";

    public static Option<string?> Option() => new("--api")
    {
        Description = $"Base address of the handler, for the printed page URL (default: $TIMELINE_API or {Default}).",
    };

    public static string PageUrl(string? api, string? storyId)
    {
        var root = (api ?? (Environment.GetEnvironmentVariable("TIMELINE_API") is { Length: > 0 } env ? env : Default)).TrimEnd('/');
        return storyId is { Length: > 0 } story
            ? $"{root}/api/view/stories/{Uri.EscapeDataString(story.Trim('/').ToLowerInvariant())}"
            : $"{root}/api/view";
    }
}
