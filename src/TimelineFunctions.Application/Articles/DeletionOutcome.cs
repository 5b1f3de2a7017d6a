namespace TimelineFunctions.Application.Articles;

/// <summary>What a BlobDeleted event did.</summary>
public enum DeletionOutcome
{
    /// <summary>The blob's article is withdrawn (now, or by an earlier delivery of the event).</summary>
    Withdrawn,

    /// <summary>The blob exists again, or its article holds a version written after the deletion: nothing changes.</summary>
    Recreated,

    /// <summary>No article came from this blob (never ingested, or a name that cannot be an article's).</summary>
    NoArticle,
}
