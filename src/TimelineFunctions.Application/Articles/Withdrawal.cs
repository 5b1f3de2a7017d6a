namespace TimelineFunctions.Application.Articles;

/// <summary>Why and when an article was withdrawn: by an editor through the API, or because its blob was deleted.</summary>
public sealed record Withdrawal(DateTimeOffset At, string ReasonCode, string Reason)
{
    public const string BlobDeletedCode = "blob-deleted";

    public static Withdrawal ThroughApi(DateTimeOffset at) => new(at, "withdrawn", $"Withdrawn through the API at {at:O}.");

    public static Withdrawal BlobDeleted(DateTimeOffset at) => new(at, BlobDeletedCode, $"Its blob was deleted (noticed at {at:O}).");

    /// <summary>
    /// An editor's withdrawal holds the version back (a re-delivery of it does not bring it back); a deleted blob's
    /// does not, so the same bytes uploaded again are ingested again.
    /// </summary>
    public bool HoldsVersionBack => ReasonCode != BlobDeletedCode;
}
