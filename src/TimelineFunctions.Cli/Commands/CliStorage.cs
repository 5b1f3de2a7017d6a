using System.CommandLine;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Cli.Commands;

/// <summary>
/// Storage settings for commands that talk to Azure Storage or Azurite: the same Storage__* environment settings
/// the handler reads (so both point at the same container and tables), overridden by command-line options.
/// </summary>
internal static class CliStorage
{
    public const string AzuriteDefault = "UseDevelopmentStorage=true";

    public static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = "Storage connection string (default: $Storage__ConnectionString, $AzureWebJobsStorage, or local Azurite).",
    };

    public static Option<string?> ContainerOption() => new("--container")
    {
        Description = "The articles container (default: $Storage__ArticlesContainer or 'articles').",
    };

    public static StorageClients Clients(string? connection, string? container)
    {
        var defaults = new StorageOptions();
        return new StorageClients(new StorageOptions
        {
            ConnectionString = connection
                ?? Setting("Storage__ConnectionString")
                ?? Setting("AzureWebJobsStorage")
                ?? AzuriteDefault,
            ArticlesContainer = container ?? Setting("Storage__ArticlesContainer") ?? defaults.ArticlesContainer,
            TimelineTable = Setting("Storage__TimelineTable") ?? defaults.TimelineTable,
            StoriesTable = Setting("Storage__StoriesTable") ?? defaults.StoriesTable,
            ReceiptsTable = Setting("Storage__ReceiptsTable") ?? defaults.ReceiptsTable,
        });
    }

    private static string? Setting(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
