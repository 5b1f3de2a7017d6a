namespace TimelineFunctions.Storage;

/// <summary>Where the app's storage lives.</summary>
/// <remarks>
/// Either a connection string (Azurite: "UseDevelopmentStorage=true" or the explicit form), or, in Azure, service
/// URIs used with the managed identity (DefaultAzureCredential, which honours AZURE_CLIENT_ID for a user-assigned
/// identity). Bound from the "Storage" configuration section (environment: Storage__ConnectionString,
/// Storage__BlobServiceUri, Storage__TableServiceUri).
/// </remarks>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    public string ArticlesContainer { get; set; } = ArticlesConnection.Container;

    public string TimelineTable { get; set; } = "timeline";

    public string StoriesTable { get; set; } = "stories";

    public string ReceiptsTable { get; set; } = "receipts";

    /// <summary>How often the SDK retries a failed request (null: the SDK's default); the CLI asks for fewer so a person is not kept waiting.</summary>
    public int? MaxRetries { get; set; }
}
