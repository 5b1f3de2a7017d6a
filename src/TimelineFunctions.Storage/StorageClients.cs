using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace TimelineFunctions.Storage;

/// <summary>Creates the Azure SDK clients from <see cref="StorageOptions"/>.</summary>
public sealed class StorageClients
{
    public StorageClients(StorageOptions options)
    {
        Options = options;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Tables = new TableServiceClient(options.ConnectionString, Retry(new TableClientOptions(), options));
            Blobs = new BlobServiceClient(options.ConnectionString, Retry(new BlobClientOptions(), options));
        }
        else if (options.BlobServiceUri is not null && options.TableServiceUri is not null)
        {
            var credential = new DefaultAzureCredential();
            Tables = new TableServiceClient(options.TableServiceUri, credential, Retry(new TableClientOptions(), options));
            Blobs = new BlobServiceClient(options.BlobServiceUri, credential, Retry(new BlobClientOptions(), options));
        }
        else
        {
            throw new InvalidOperationException(
                "Storage is not configured: set Storage__ConnectionString (e.g. UseDevelopmentStorage=true for Azurite), " +
                "or Storage__BlobServiceUri and Storage__TableServiceUri for managed identity.");
        }
    }

    public StorageOptions Options { get; }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    public BlobContainerClient ArticlesContainer => Blobs.GetBlobContainerClient(Options.ArticlesContainer);

    public TableClient Table(string name) => Tables.GetTableClient(name);

    private static T Retry<T>(T clientOptions, StorageOptions options)
        where T : Azure.Core.ClientOptions
    {
        if (options.MaxRetries is { } retries)
        {
            clientOptions.Retry.MaxRetries = retries;
            clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(15);
        }

        return clientOptions;
    }
}
