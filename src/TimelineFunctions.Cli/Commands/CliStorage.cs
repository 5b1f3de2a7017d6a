using System.CommandLine;
using TimelineFunctions.Cli.Settings;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Cli.Commands;

/// <summary>The storage options of commands that talk to Azure Storage or Azurite; <see cref="CliSettings"/> fills in what they leave out.</summary>
internal static class CliStorage
{
    public static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = $"Storage connection string (default: $Storage__ConnectionString, $AzureWebJobsStorage, the app scripts/run.sh started ({CliSettings.LocalRunFile}), or local Azurite).",
    };

    public static Option<string?> ContainerOption() => new("--container")
    {
        Description = "The articles container (default: $Storage__ArticlesContainer or 'articles').",
    };

    public static StorageClients Clients(string? connection, string? container) => CliSettings.Load().Storage(connection, container);
}
