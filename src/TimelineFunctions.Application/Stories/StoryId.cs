using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Application.Stories;

/// <summary>A story's id: 1–63 lower-case letters, digits, '-' and '_', starting with a letter or digit.</summary>
/// <remarks>
/// That keeps it a valid Azure Tables partition key, a URL path segment and a blob folder name. Folder names are
/// lower-cased.
/// </remarks>
public static partial class StoryId
{
    public const string Unsorted = "unsorted";

    public static bool TryNormalize(string? candidate, [NotNullWhen(true)] out string? storyId, [NotNullWhen(false)] out string? problem)
    {
        storyId = null;
        if (string.IsNullOrEmpty(candidate))
        {
            problem = "The story id is empty.";
            return false;
        }

        var lowered = candidate.ToLowerInvariant();
        if (lowered.Length > 63)
        {
            problem = $"The story id is {lowered.Length} characters long; at most 63 are allowed.";
            return false;
        }

        if (!Pattern().IsMatch(lowered))
        {
            problem = $"The story id '{Printable(candidate)}' may only hold letters, digits, '-' and '_', and must start with a letter or digit.";
            return false;
        }

        storyId = lowered;
        problem = null;
        return true;
    }

    /// <summary>Text safe to echo back in an error message: control characters shown as '?', long values cut.</summary>
    public static string Printable(string value)
    {
        var cleaned = new string([.. value.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
        return value.Length > 80 ? cleaned + "…" : cleaned;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex Pattern();
}
