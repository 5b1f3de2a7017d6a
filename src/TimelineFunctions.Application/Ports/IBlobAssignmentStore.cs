using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Ports;

/// <summary>The assignment index: which story each blob was placed in, so re-deliveries stay there.</summary>
public interface IBlobAssignmentStore
{
    /// <summary>The assignment index's entry for a blob, or null.</summary>
    Task<BlobAssignment?> GetAssignmentAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Records the entry unless the blob already has one; returns the entry that is stored (first writer wins).</summary>
    Task<BlobAssignment> AddAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken);

    /// <summary>Records the entry, replacing any earlier one (a move).</summary>
    Task SetAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken);
}
