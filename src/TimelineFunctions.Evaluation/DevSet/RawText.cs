using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>
/// A rough plain-text view of an article file, independent of the engine's readers, used only to locate quotes in
/// the raw article: HTML loses its tags, scripts and styles; JSON becomes its string values one per line.
/// </summary>
public static partial class RawText
{
    public static string Read(string path)
    {
        var text = File.ReadAllText(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => FromHtml(text),
            ".json" => FromJson(text),
            _ => text,
        };
    }

    public static string FromHtml(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(Script().Replace(html, " "), " "));

    public static string FromJson(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var builder = new StringBuilder();
            Collect(doc.RootElement, builder);
            return builder.ToString();
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static void Collect(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var value = element.GetString()!;
                builder.AppendLine(value.Contains('<', StringComparison.Ordinal) ? FromHtml(value) : value);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, builder);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, builder);
                }

                break;
            default:
                break;
        }
    }

    [GeneratedRegex("<(script|style)\\b[^>]*>.*?</\\1\\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
