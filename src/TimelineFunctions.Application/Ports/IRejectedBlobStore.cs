namespace TimelineFunctions.Application.Ports;

/// <summary>Blobs that could not be placed in any story, kept so the reason is visible through the API.</summary>
public interface IRejectedBlobStore
{
    /// <summary>Records the blob, replacing an earlier record of the same name.</summary>
    Task RecordRejectedBlobAsync(RejectedBlob blob, CancellationToken cancellationToken);

    Task<IReadOnlyList<RejectedBlob>> ListRejectedBlobsAsync(CancellationToken cancellationToken);
}
