using System.Text.Json;
using System.Text.Json.Serialization;

namespace TimelineFunctions.Storage.Tables;

/// <summary>JSON for the list-valued properties stored inside table entities.</summary>
internal static class EntityJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json, T fallback) =>
        string.IsNullOrEmpty(json) ? fallback : JsonSerializer.Deserialize<T>(json, Options) ?? fallback;
}
