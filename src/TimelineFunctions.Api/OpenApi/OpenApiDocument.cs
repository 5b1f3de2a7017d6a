namespace TimelineFunctions.Api.OpenApi;

/// <summary>
/// The API's OpenAPI 3.1 document (openapi.json beside this file, embedded), served at /api/openapi.json.
/// </summary>
/// <remarks>
/// The integration tests check it against the routes and the actual responses, so it cannot drift unnoticed.
/// </remarks>
public static class OpenApiDocument
{
    public static string Json { get; } = Read();

    public static ApiResponse Response() => ApiResponse.Text(ApiResponse.Json, Json);

    private static string Read()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("TimelineFunctions.Api.OpenApi.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
