using TimelineFunctions.Storage;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>A container and tables of their own in the shared Azurite, so test classes can run in parallel.</summary>
public sealed class IsolatedStorage
{
    private IsolatedStorage(string connectionString)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        Options = new StorageOptions
        {
            ConnectionString = connectionString,
            ArticlesContainer = $"articles-{suffix}",
            TimelineTable = $"timeline{suffix}",
            StoriesTable = $"stories{suffix}",
            ReceiptsTable = $"receipts{suffix}",
        };
        Clients = new StorageClients(Options);
    }

    public StorageOptions Options { get; }

    public StorageClients Clients { get; }

    /// <summary>The settings that point a handler process at this storage.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Storage__ConnectionString"] = Options.ConnectionString!,
        ["Storage__ArticlesContainer"] = Options.ArticlesContainer,
        ["Storage__TimelineTable"] = Options.TimelineTable,
        ["Storage__StoriesTable"] = Options.StoriesTable,
        ["Storage__ReceiptsTable"] = Options.ReceiptsTable,
    };

    public static async Task<IsolatedStorage> CreateAsync() => new(await Azurite.ConnectionStringAsync());
}
