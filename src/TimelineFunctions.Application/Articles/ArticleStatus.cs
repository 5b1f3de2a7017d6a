namespace TimelineFunctions.Application.Articles;

public enum ArticleStatus
{
    /// <summary>Read and analysed; its contributions are on the timeline.</summary>
    Processed,

    /// <summary>Not an article we can read (empty, binary, malformed…); <see cref="ArticleRecord.Reason"/> says why. Retrying will not help.</summary>
    Rejected,

    /// <summary>Processing failed after every retry (poison); <see cref="ArticleRecord.Reason"/> holds the last error.</summary>
    Failed,

    /// <summary>Withdrawn through the API: its contributions are gone; a re-delivery of the same version does not bring it back.</summary>
    Withdrawn,
}
