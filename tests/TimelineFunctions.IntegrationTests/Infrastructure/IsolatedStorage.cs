using TimelineFunctions.Storage;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>Storage of a test's own: a container and tables of their own in the shared Azurite, or an Azurite of its own for a function app.</summary>
public sealed class IsolatedStorage : IAsyncDisposable
{
    private readonly Azurite? _owned;

    private IsolatedStorage(string connectionString, string container, Azurite? owned)
    {
        _owned = owned;
        var suffix = Guid.NewGuid().ToString("N")[..10];
        Options = new StorageOptions
        {
            ConnectionString = connectionString,
            ArticlesContainer = container,
            TimelineTable = $"timeline{suffix}",
            StoriesTable = $"stories{suffix}",
            ReceiptsTable = $"receipts{suffix}",
        };
        Clients = new StorageClients(Options);
    }

    public StorageOptions Options { get; }

    public StorageClients Clients { get; }

    /// <summary>The settings that point the app (and the CLI) at this storage.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Storage__ConnectionString"] = Options.ConnectionString!,
        ["Storage__ArticlesContainer"] = Options.ArticlesContainer,
        ["Storage__TimelineTable"] = Options.TimelineTable,
        ["Storage__StoriesTable"] = Options.StoriesTable,
        ["Storage__ReceiptsTable"] = Options.ReceiptsTable,
    };

    /// <summary>A container and tables of its own in the shared Azurite.</summary>
    public static async Task<IsolatedStorage> CreateAsync() =>
        new(await Azurite.ConnectionStringAsync(), $"articles-{Guid.NewGuid().ToString("N")[..10]}", null);

    /// <summary>An Azurite of its own, with the container the blob trigger watches.</summary>
    public static async Task<IsolatedStorage> CreateForAppAsync()
    {
        var azurite = await Azurite.StartAsync();
        return new(azurite.ConnectionString, ArticlesConnection.Container, azurite);
    }

    public string Output => _owned?.Output ?? "";

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
