using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Articles;

/// <summary>
/// Where an article blob belongs: <c>&lt;story-id&gt;/&lt;file&gt;</c> is that story; a blob at the container's
/// root (no folder) is given the <see cref="StoryId.Unsorted"/> story here, and ingest places it by its content
/// (<see cref="Stories.StoryPlacement"/>).
/// </summary>
/// <remarks>
/// The article id is the file name when that is already a safe key, otherwise a slug of the path plus a short hash
/// of the blob name, so it is stable and unique.
/// </remarks>
public sealed partial record ArticleLocation(string BlobName, string StoryId, string ArticleId)
{
    /// <summary>Whether the blob is in a story folder; a blob at the root is placed automatically.</summary>
    public bool HasFolder => BlobName.Contains('/', StringComparison.Ordinal);

    /// <summary>The reason code of a blob whose name cannot be an article's (see <see cref="UnusableName"/>).</summary>
    public const string InvalidNameCode = "invalid-blob-name";

    /// <summary>The reason code of a blob in a folder that cannot be a story.</summary>
    public const string InvalidFolderCode = "invalid-story-id";

    public static bool TryParse(string blobName, out ArticleLocation? location, out string? problem)
    {
        location = null;
        if (string.IsNullOrWhiteSpace(blobName))
        {
            problem = "The blob name is empty.";
            return false;
        }

        if (UnusableName(blobName) is { } unusable)
        {
            problem = unusable;
            return false;
        }

        var slash = blobName.IndexOf('/', StringComparison.Ordinal);
        var folder = slash < 0 ? Stories.StoryId.Unsorted : blobName[..slash];
        var rest = slash < 0 ? blobName : blobName[(slash + 1)..];
        if (!Stories.StoryId.TryNormalize(folder, out var storyId, out problem))
        {
            problem = $"Blob '{Stories.StoryId.Printable(blobName)}' is in folder '{Stories.StoryId.Printable(folder)}', which cannot be a story id: {problem}";
            return false;
        }

        if (slash >= 0 && storyId == Stories.StoryId.Unsorted)
        {
            problem = $"Blob '{Stories.StoryId.Printable(blobName)}' is in folder '{Stories.StoryId.Unsorted}', which is reserved for articles at the container's root before they are placed; put it at the root or in a story's folder.";
            return false;
        }

        if (rest.Length == 0)
        {
            problem = $"Blob '{Stories.StoryId.Printable(blobName)}' names a folder, not an article.";
            return false;
        }

        location = new ArticleLocation(blobName, storyId, ArticleIdFor(blobName, rest));
        return true;
    }

    /// <summary>The reason code for a name <see cref="TryParse"/> refuses.</summary>
    public static string ProblemCode(string blobName) =>
        string.IsNullOrWhiteSpace(blobName) || UnusableName(blobName) is not null ? InvalidNameCode : InvalidFolderCode;

    /// <summary>
    /// Why a blob name cannot be read back by name, or null: control characters (which also break logs and table
    /// keys), and "." or ".." segments or empty segments, which URLs resolve away so the blob's address names another
    /// blob (<c>trav/../../etc/passwd.txt</c> would be read as <c>etc/passwd.txt</c>, outside the container).
    /// </summary>
    public static string? UnusableName(string blobName)
    {
        if (HasControlOrBrokenUnicode(blobName))
        {
            return $"Blob '{Stories.StoryId.Printable(blobName)}' has control characters or broken Unicode in its name; rename it.";
        }

        if (blobName.Split('/').Any(s => s is "." or ".."))
        {
            return $"Blob '{Stories.StoryId.Printable(blobName)}' has a '.' or '..' segment in its name, which web addresses resolve away (it would be read as another blob); rename it.";
        }

        if (blobName.StartsWith('/') || blobName.Contains("//", StringComparison.Ordinal) || blobName.Contains('\\', StringComparison.Ordinal))
        {
            return $"Blob '{Stories.StoryId.Printable(blobName)}' has an empty segment or a backslash in its name; rename it.";
        }

        return null;
    }

    private static bool HasControlOrBrokenUnicode(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                return true;
            }

            if (char.IsSurrogate(text[i]))
            {
                if (!char.IsSurrogatePair(text, i))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }

    /// <summary>Whether the text can be an article id (what <see cref="TryParse"/> produces): checked before it reaches a query.</summary>
    public static bool IsArticleId(string? candidate) => candidate is not null && SafeId().IsMatch(candidate);

    private static string ArticleIdFor(string blobName, string pathInStory)
    {
        if (SafeId().IsMatch(pathInStory))
        {
            return pathInStory;
        }

        var slug = Unsafe().Replace(pathInStory.ToLowerInvariant(), "-").Trim('-', '.');
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-', '.');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName)))[..8];
        return slug.Length == 0 ? hash : $"{slug}-{hash}";
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex SafeId();

    [GeneratedRegex("[^a-z0-9._-]+")]
    private static partial Regex Unsafe();
}
