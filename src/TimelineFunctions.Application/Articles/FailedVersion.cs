namespace TimelineFunctions.Application.Articles;

/// <summary>
/// A newer version of an article that failed every delivery attempt (the poison queue) while an earlier version
/// stays on the timeline: which version (<see cref="ContentHash"/>, <see cref="BlobLastModified"/>), when it was
/// given up, and a public reason (never exception text; that goes to the log).
/// </summary>
public sealed record FailedVersion(string ContentHash, DateTimeOffset FailedAt, string ReasonCode, string Reason, DateTimeOffset? BlobLastModified);

/// <summary>When a failed version is worth noting on an article: it is another version than the stored one, and not older.</summary>
public static class FailedVersionRule
{
    public static bool IsNewer(ArticleRecord current, FailedVersion failure) =>
        current.ContentHash != failure.ContentHash
        && !(current.BlobLastModified is { } stored && failure.BlobLastModified is { } failed && stored > failed);
}
