namespace TimelineFunctions.Application.Articles;

/// <summary>
/// A newer version of an article that failed every delivery attempt (the poison queue) while an earlier version
/// stays on the timeline: which version (<see cref="ContentHash"/>, <see cref="BlobLastModified"/>), when it was
/// given up, and a public reason (never exception text; that goes to the log).
/// </summary>
public sealed record FailedVersion(string ContentHash, DateTimeOffset FailedAt, string ReasonCode, string Reason, DateTimeOffset? BlobLastModified);
