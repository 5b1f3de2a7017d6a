namespace TimelineFunctions.Application.Ingest;

public enum IngestOutcome
{
    /// <summary>Analysed and stored; the timeline reflects this version.</summary>
    Processed,

    /// <summary>This exact version was already ingested; nothing changed.</summary>
    Unchanged,

    /// <summary>A newer version of the blob was already ingested; this older delivery was ignored.</summary>
    Superseded,

    /// <summary>Not an article (or not placeable in a story); the reason is recorded and retrying will not help.</summary>
    Rejected,
}

public sealed record IngestResult(IngestOutcome Outcome, string? StoryId, string? ArticleId, int EventCount, string Message);
