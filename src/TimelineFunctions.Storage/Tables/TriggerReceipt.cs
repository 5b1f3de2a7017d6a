namespace TimelineFunctions.Storage.Tables;

/// <summary>What the local trigger knows of one blob: which version it last delivered, and how that went.</summary>
public sealed record TriggerReceipt(string BlobName, string ETag, ReceiptStatus Status, int Attempts, string? LastError, DateTimeOffset UpdatedAt);
