using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TimelineFunctions.Application.Ports;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Storage.Blobs;
using TimelineFunctions.Storage.Tables;

namespace TimelineFunctions.Storage;

/// <summary>Registers the storage adapters, configured from the "Storage" section, for the function app and the CLI alike.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The connection settings tried, in order, when Storage:ConnectionString is not set: the blob trigger's named
    /// connection, then the host's own storage. Locally all three are the same Azurite.
    /// </summary>
    public static readonly string[] FallbackConnectionSettings = [ArticlesConnection.SettingName, "AzureWebJobsStorage"];

    public static IServiceCollection AddTimelineStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionString) && options.BlobServiceUri is null)
                {
                    options.ConnectionString = FallbackConnectionSettings
                        .Select(name => configuration[name])
                        .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
                }
            });
        services.AddSingleton(sp => new StorageClients(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<TimelineTables>();
        services.AddSingleton<IArticleStore, TableArticleStore>();
        services.AddSingleton<IStoryReader, TableStoryReader>();
        services.AddSingleton<IBlobAssignmentStore, TableBlobAssignmentStore>();
        services.AddSingleton<IStoryProfileStore, TableStoryProfileStore>();
        services.AddSingleton<IRejectedBlobStore, TableRejectedBlobStore>();
        services.AddSingleton<IStoryIndex, TableStoryIndex>();
        services.AddSingleton<ArticleBlobs>();
        services.AddSingleton<TriggerReceipts>();
        return services;
    }
}
