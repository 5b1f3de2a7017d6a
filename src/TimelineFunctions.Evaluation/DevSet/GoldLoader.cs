using System.Globalization;
using System.Text.Json;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>Reads a gold timeline file.</summary>
/// <remarks>
/// Fails with <see cref="InvalidDataException"/> on a malformed file.
/// </remarks>
public static class GoldLoader
{
    public static GoldStory Load(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return Parse(stream);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a valid gold timeline: {ex.Message}", ex);
        }
    }

    public static GoldStory Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Parse(doc.RootElement);
    }

    public static GoldStory Parse(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        return Parse(doc.RootElement);
    }

    private static GoldStory Parse(JsonElement root) => new(
        root.GetProperty("story").GetString()!,
        OptionalString(root, "title"),
        Strings(root, "articles"),
        [.. Array(root, "events").Select(ParseEvent)],
        [.. Array(root, "actors").Select(a => new GoldActor(
            a.GetProperty("name").GetString()!,
            OptionalString(a, "type"),
            Strings(a, "aliases"),
            OptionalString(a, "role")))],
        [.. Array(root, "undated").Select(u => new GoldUndated(
            u.GetProperty("article").GetString()!,
            u.GetProperty("quote").GetString()!,
            OptionalString(u, "note")))],
        Strings(root, "non_events"));

    private static GoldEvent ParseEvent(JsonElement e)
    {
        var granularity = (OptionalString(e, "granularity") ?? "day").ToLowerInvariant();
        return new GoldEvent(
            e.GetProperty("id").GetString()!,
            ParseDay(e.GetProperty("date").GetString()!),
            granularity,
            OptionalString(e, "date_text"),
            OptionalString(e, "summary") ?? "",
            Strings(e, "actors"),
            [.. Array(e, "sources").Select(s => new GoldSource(
                s.GetProperty("article").GetString()!,
                s.GetProperty("quote").GetString()!,
                OptionalString(s, "date_text")))],
            OptionalString(e, "importance") ?? "minor",
            [.. Array(e, "alt_dates").Select(d => ParseAltDate(d, granularity))],
            OptionalString(e, "confidence"));
    }

    /// <summary>An alternative date: "YYYY-MM-DD" (the event's granularity), "YYYY-MM", "YYYY", or {date, granularity}.</summary>
    private static GoldDate ParseAltDate(JsonElement element, string granularity)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new GoldDate(
                ParseDay(element.GetProperty("date").GetString()!),
                (OptionalString(element, "granularity") ?? granularity).ToLowerInvariant());
        }

        var text = element.GetString()!;
        return text.Length switch
        {
            4 => new GoldDate(new DateOnly(int.Parse(text, CultureInfo.InvariantCulture), 1, 1), "year"),
            7 => new GoldDate(DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), "month"),
            _ => new GoldDate(ParseDay(text), granularity),
        };
    }

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : default;

    private static List<string> Strings(JsonElement element, string name) =>
        [.. Array(element, name).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
