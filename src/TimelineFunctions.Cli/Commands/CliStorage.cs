using System.CommandLine;
using TimelineFunctions.Storage;

namespace TimelineFunctions.Cli.Commands;

/// <summary>The storage connection options shared by commands that talk to Azure Storage or Azurite.</summary>
internal static class CliStorage
{
    public const string AzuriteDefault = "UseDevelopmentStorage=true";

    public static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = "Storage connection string (default: $Storage__ConnectionString, $AzureWebJobsStorage, or local Azurite).",
    };

    public static StorageClients Clients(string? connection) =>
        new(new StorageOptions
        {
            ConnectionString = connection
                ?? Environment.GetEnvironmentVariable("Storage__ConnectionString")
                ?? Environment.GetEnvironmentVariable("AzureWebJobsStorage")
                ?? AzuriteDefault,
        });
}
