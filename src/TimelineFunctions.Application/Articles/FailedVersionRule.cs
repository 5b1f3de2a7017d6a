namespace TimelineFunctions.Application.Articles;

/// <summary>When a failed version is worth noting on an article: it is another version than the stored one, and not older.</summary>
public static class FailedVersionRule
{
    public static bool IsNewer(ArticleRecord current, FailedVersion failure) =>
        current.ContentHash != failure.ContentHash
        && !(current.BlobLastModified is { } stored && failure.BlobLastModified is { } failed && stored > failed);
}
