namespace TimelineFunctions.Application.Ingest;

/// <summary>What ingesting one delivery of an article blob did.</summary>
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
