using Azure;
using Azure.Data.Tables;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Storage.Tables;

/// <summary><see cref="IBlobAssignmentStore"/> on Azure Tables: one small row per blob in the stories table.</summary>
public sealed class TableBlobAssignmentStore(TimelineTables tables) : IBlobAssignmentStore
{
    public async Task<BlobAssignment?> GetAssignmentAsync(string blobName, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var row = await tables.Stories.GetEntityIfExistsAsync<TableEntity>(AssignmentRows.Partition, TableKeys.Encode(blobName), cancellationToken: cancellationToken);
        return row.HasValue ? AssignmentRows.FromEntity(row.Value!) : null;
    }

    public async Task<BlobAssignment> AddAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        try
        {
            await tables.Stories.AddEntityAsync(AssignmentRows.ToEntity(assignment), cancellationToken);
            return assignment;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await GetAssignmentAsync(assignment.BlobName, cancellationToken) ?? assignment;
        }
    }

    public async Task SetAssignmentAsync(BlobAssignment assignment, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        await tables.Stories.UpsertEntityAsync(AssignmentRows.ToEntity(assignment), TableUpdateMode.Replace, cancellationToken);
    }
}
