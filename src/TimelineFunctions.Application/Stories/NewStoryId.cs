using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Application.Stories;

/// <summary>
/// The id of a story started by an article without a folder: a slug of its headline (at most 48 characters) and
/// 6 hex characters of the blob name's SHA-256, so it is readable, a valid <see cref="StoryId"/>, and the same on
/// every delivery of that blob.
/// </summary>
public static partial class NewStoryId
{
    public static string For(string? headline, string blobName)
    {
        var slug = NonSlug().Replace((headline ?? "").ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 48)
        {
            slug = slug[..48].TrimEnd('-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName)))[..6];
        return slug.Length == 0 ? $"story-{hash}" : $"{slug}-{hash}";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
