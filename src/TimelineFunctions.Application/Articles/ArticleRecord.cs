using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Application.Articles;

/// <summary>
/// One article of a story as stored: where it came from, which content version was analysed
/// (<see cref="ContentHash"/>), what was found, and its outcome.
/// </summary>
/// <remarks>
/// Contributions stored for other content hashes are stale leftovers of an interrupted or superseded ingest and are
/// never shown.
/// </remarks>
public sealed record ArticleRecord
{
    public required string StoryId { get; init; }

    public required string ArticleId { get; init; }

    public required string BlobName { get; init; }

    public required string ContentHash { get; init; }

    public required ArticleStatus Status { get; init; }

    public string? ReasonCode { get; init; }

    public string? Reason { get; init; }

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public string? Format { get; init; }

    public PublishedInfo? Published { get; init; }

    public int EventCount { get; init; }

    public int ActorCount { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }

    public DateTimeOffset? BlobLastModified { get; init; }

    public StoryAssignment? Assignment { get; init; }

    /// <summary>A newer version of the blob that failed every delivery attempt while this one stays current, or null.</summary>
    public FailedVersion? FailedVersion { get; init; }

    /// <summary>The version's profile terms (see Stories.ArticleProfile), kept so they can be taken out of the story's profile again.</summary>
    public IReadOnlyList<string> ProfileTerms { get; init; } = [];

    public string? CleanedText { get; init; }

    public IReadOnlyList<RemovedFurniture> RemovedFurniture { get; init; } = [];

    /// <summary>This record as withdrawn by an editor: no events or actors any more, and when it happened.</summary>
    public ArticleRecord AsWithdrawn(DateTimeOffset withdrawnAt) => AsWithdrawn(Withdrawal.ThroughApi(withdrawnAt));

    /// <summary>This record as withdrawn: no events or actors any more, when it happened and why.</summary>
    public ArticleRecord AsWithdrawn(Withdrawal withdrawal) => this with
    {
        Status = ArticleStatus.Withdrawn,
        ReasonCode = withdrawal.ReasonCode,
        Reason = withdrawal.Reason,
        ContentHash = withdrawal.HoldsVersionBack ? ContentHash : "",
        EventCount = 0,
        ActorCount = 0,
        ProcessedAt = withdrawal.At,
    };
}
