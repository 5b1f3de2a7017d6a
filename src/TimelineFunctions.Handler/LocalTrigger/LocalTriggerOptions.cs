namespace TimelineFunctions.Handler.LocalTrigger;

/// <summary>
/// The local blob trigger, for running without the Functions host (section "LocalTrigger"). It polls the
/// articles container and posts each new or changed blob version to this handler's IngestArticle endpoint with
/// the host's exact payload, retrying like the host and giving up (poison) after <see cref="MaxAttempts"/>.
/// </summary>
public sealed class LocalTriggerOptions
{
    public const string SectionName = "LocalTrigger";

    public bool Enabled { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries per blob version before it is recorded as poison (the host's poisonBlobThreshold).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How many blobs are delivered at once (the host's maxDegreeOfParallelism).</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Where to post invocations; by default this handler's own address.</summary>
    public Uri? HandlerUrl { get; set; }
}
