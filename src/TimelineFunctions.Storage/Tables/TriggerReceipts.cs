using Azure;
using Azure.Data.Tables;

namespace TimelineFunctions.Storage.Tables;

/// <summary>
/// The local trigger's receipts (like the host's blob receipts): one row per blob in the receipts table, so a
/// restart delivers neither a version it already delivered nor a poison one.
/// </summary>
public sealed class TriggerReceipts
{
    private readonly AsyncOnce _table;

    public TriggerReceipts(StorageClients clients)
    {
        Table = clients.Table(clients.Options.ReceiptsTable);
        Partition = clients.Options.ArticlesContainer;
        _table = new AsyncOnce(async ct => await Table.CreateIfNotExistsAsync(ct));
    }

    private TableClient Table { get; }

    private string Partition { get; }

    public async Task<Dictionary<string, TriggerReceipt>> LoadAllAsync(CancellationToken cancellationToken)
    {
        await _table.EnsureAsync(cancellationToken);
        var receipts = new Dictionary<string, TriggerReceipt>(StringComparer.Ordinal);
        await foreach (var e in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            var receipt = new TriggerReceipt(
                e.GetString("BlobName"),
                e.GetString("ETag"),
                Enum.Parse<ReceiptStatus>(e.GetString("Status")),
                e.GetInt32("Attempts") ?? 0,
                e.GetString("LastError"),
                e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
            receipts[receipt.BlobName] = receipt;
        }

        return receipts;
    }

    /// <summary>Forgets a blob (it was deleted and its deletion notified); nothing happens when there is no receipt.</summary>
    public async Task DeleteAsync(string blobName, CancellationToken cancellationToken)
    {
        await _table.EnsureAsync(cancellationToken);
        await Table.DeleteEntityAsync(Partition, TableKeys.Encode(blobName), ETag.All, cancellationToken);
    }

    public async Task SaveAsync(TriggerReceipt receipt, CancellationToken cancellationToken)
    {
        await _table.EnsureAsync(cancellationToken);
        var entity = new TableEntity(Partition, TableKeys.Encode(receipt.BlobName))
        {
            ["BlobName"] = receipt.BlobName,
            ["ETag"] = receipt.ETag,
            ["Status"] = receipt.Status.ToString(),
            ["Attempts"] = receipt.Attempts,
            ["LastError"] = ArticleEntities.Truncate(receipt.LastError, 4000),
            ["UpdatedAt"] = receipt.UpdatedAt,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
