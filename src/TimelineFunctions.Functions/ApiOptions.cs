namespace TimelineFunctions.Functions;

/// <summary>The HTTP API's settings (section <c>Api</c>: app settings <c>Api__PagingTokenKey</c>, <c>Api__ReadAccess</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// The secret that seals the timeline's <c>next</c> tokens (at least 22 characters). Required: the infra generates
    /// one per deployment and scripts/run.sh one per local data folder; the app refuses to start without it.
    /// </summary>
    public string? PagingTokenKey { get; set; }

    /// <summary><see cref="ReadAccess.Anonymous"/> (the default) or <see cref="ReadAccess.Key"/>: reads need a function key too.</summary>
    public ReadAccess ReadAccess { get; set; } = ReadAccess.Anonymous;

    /// <summary>With <see cref="ReadAccess.Key"/>: the keys a read may send (';'-separated; at least one is required).</summary>
    public string? ReadKeys { get; set; }
}

public enum ReadAccess
{
    /// <summary>Anyone may read stories, timelines, articles and the page.</summary>
    Anonymous,

    /// <summary>Reads need a function key, like the writes (see docs/security.md).</summary>
    Key,
}
