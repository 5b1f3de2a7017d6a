namespace TimelineFunctions.Storage.Tables;

/// <summary>How the local trigger's delivery of a blob version went.</summary>
public enum ReceiptStatus
{
    /// <summary>The version was delivered and the function succeeded.</summary>
    Done,

    /// <summary>The function failed; it will be retried until the attempt limit.</summary>
    Failed,

    /// <summary>The function failed on every attempt; the version is not retried (like the host's poison queue).</summary>
    Poison,
}
