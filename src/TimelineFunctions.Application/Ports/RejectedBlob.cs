namespace TimelineFunctions.Application.Ports;

/// <summary>A blob that could not be placed in any story (its folder is not a valid story id), and why.</summary>
public sealed record RejectedBlob(string BlobName, string Code, string Reason, DateTimeOffset RecordedAt);
