namespace TimelineFunctions.Storage;

/// <summary>
/// The articles container as the blob trigger sees it: the container its path names and the app setting that
/// holds its connection (a connection string locally; ArticlesStorage__blobServiceUri with a managed identity in Azure).
/// </summary>
public static class ArticlesConnection
{
    public const string SettingName = "ArticlesStorage";

    public const string Container = "articles";
}
