using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Cli.Settings;

/// <summary>
/// Where the CLI finds storage and the API without being told: command-line options first, then the environment
/// (the app's own settings: Storage__ConnectionString, AzureWebJobsStorage, TIMELINE_API), then the file
/// scripts/run.sh writes for the running local app (<see cref="LocalRunFile"/>), then Azurite's defaults.
/// </summary>
internal sealed class CliSettings
{
    /// <summary>Written by scripts/run.sh while it runs: the local app's storage and API address.</summary>
    public const string LocalRunFile = ".data/local-run.json";

    public const string ApiSetting = "TIMELINE_API";
    public const string DefaultApi = "http://127.0.0.1:7071";
    public const string AzuriteDefault = "UseDevelopmentStorage=true";

    private readonly IConfiguration _configuration;

    private CliSettings(IConfiguration configuration) => _configuration = configuration;

    public static CliSettings Load()
    {
        var builder = new ConfigurationBuilder();
        if (FindLocalRunFile(Directory.GetCurrentDirectory()) is { } file)
        {
            builder.AddJsonFile(file, optional: true, reloadOnChange: false);
        }

        return new CliSettings(builder.AddEnvironmentVariables().Build());
    }

    public string Api(string? option) => (option ?? _configuration[ApiSetting] ?? DefaultApi).TrimEnd('/');

    /// <summary>The local Functions host's secrets folder, when scripts/run.sh started one.</summary>
    public string? HostSecrets => _configuration["HostSecrets"];

    /// <summary>The storage clients, with the app's own registration (<see cref="StorageServiceCollectionExtensions"/>).</summary>
    public StorageClients Storage(string? connection, string? container)
    {
        var overrides = new Dictionary<string, string?>();
        if (connection is not null)
        {
            overrides[$"{StorageOptions.SectionName}:ConnectionString"] = connection;
        }

        if (container is not null)
        {
            overrides[$"{StorageOptions.SectionName}:ArticlesContainer"] = container;
        }

        var configuration = new ConfigurationBuilder().AddConfiguration(_configuration).AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection().AddTimelineStorage(configuration);
        services.PostConfigure<StorageOptions>(o =>
        {
            o.ConnectionString ??= o.BlobServiceUri is null ? AzuriteDefault : null;
            o.MaxRetries ??= 1; // a person is waiting: one quick retry, then a clear error
        });
        return services.BuildServiceProvider().GetRequiredService<StorageClients>();
    }

    private static string? FindLocalRunFile(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, LocalRunFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
