using System.Text.Json;

namespace TimelineFunctions.Handler.Protocol;

/// <summary>
/// Reads values of the host's invocation envelope. The host JSON-encodes strings, URIs and numbers a second time
/// (the .NET string <c>abc</c> arrives as the JSON string <c>"\"abc\""</c>), sends objects as objects, and older
/// hosts sent objects as strings holding JSON. These helpers accept every form.
/// </summary>
public static class BindingValue
{
    /// <summary>The string a value stands for, undoing the host's second JSON encoding when present.</summary>
    public static string? AsString(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
                {
                    try
                    {
                        return JsonSerializer.Deserialize<string>(text);
                    }
                    catch (JsonException)
                    {
                        return text;
                    }
                }

                return text;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            default:
                return value.GetRawText();
        }
    }

    /// <summary>The object a value stands for: an object as sent, or an object encoded in a string.</summary>
    public static JsonElement? AsObject(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        if (value.ValueKind == JsonValueKind.String && AsString(value) is { } text && text.TrimStart().StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A string-to-string map from an object value (values that are not strings are kept as raw JSON).</summary>
    public static Dictionary<string, string> AsStringMap(JsonElement? value)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (value is { ValueKind: JsonValueKind.Object } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    map[property.Name] = string.Join(",", property.Value.EnumerateArray().Select(v => AsString(v) ?? ""));
                }
                else if (AsString(property.Value) is { } text)
                {
                    map[property.Name] = text;
                }
            }
        }

        return map;
    }

    public static JsonElement? Property(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
