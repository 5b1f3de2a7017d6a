using Azure.Data.Tables;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Storage.Tables;

/// <summary><see cref="IRejectedBlobStore"/> on Azure Tables: one row per blob name in the stories table.</summary>
public sealed class TableRejectedBlobStore(TimelineTables tables) : IRejectedBlobStore
{
    private const string RejectedPartition = "rejected-blobs";

    public async Task RecordRejectedBlobAsync(RejectedBlob blob, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var entity = new TableEntity(RejectedPartition, TableKeys.Encode(blob.BlobName))
        {
            ["BlobName"] = ArticleEntities.Truncate(blob.BlobName, 2000),
            ["Code"] = blob.Code,
            ["Reason"] = ArticleEntities.Truncate(blob.Reason, 4000),
            ["RecordedAt"] = blob.RecordedAt,
        };
        await tables.Stories.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<RejectedBlob>> ListRejectedBlobsAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var result = new List<RejectedBlob>();
        await foreach (var e in tables.Stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {RejectedPartition}"), cancellationToken: cancellationToken))
        {
            result.Add(new RejectedBlob(e.GetString("BlobName"), e.GetString("Code"), e.GetString("Reason"), e.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue));
        }

        return result;
    }
}
