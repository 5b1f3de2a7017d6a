namespace TimelineFunctions.Api.Exports;

public enum ExportFormat
{
    Json,
    TimelineJs,
    Csv,
    Markdown,
    ICalendar,
}

/// <summary>
/// Picks the timeline's representation: <c>format=</c> wins (json, timelinejs, csv, markdown or md, ics or
/// icalendar); otherwise the first of text/csv, text/markdown, text/calendar the Accept header lists; otherwise JSON.
/// </summary>
public static class ExportFormats
{
    private static readonly Dictionary<string, ExportFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = ExportFormat.Json,
        ["timelinejs"] = ExportFormat.TimelineJs,
        ["csv"] = ExportFormat.Csv,
        ["markdown"] = ExportFormat.Markdown,
        ["md"] = ExportFormat.Markdown,
        ["ics"] = ExportFormat.ICalendar,
        ["icalendar"] = ExportFormat.ICalendar,
    };

    private static readonly (string MediaType, ExportFormat Format)[] ByMediaType =
    [
        ("application/json", ExportFormat.Json),
        ("text/csv", ExportFormat.Csv),
        ("text/markdown", ExportFormat.Markdown),
        ("text/calendar", ExportFormat.ICalendar),
    ];

    public static bool TryChoose(ApiRequest request, out ExportFormat format, out string problem)
    {
        problem = "";
        if (request.QueryValue("format") is { } name)
        {
            if (ByName.TryGetValue(name, out format))
            {
                return true;
            }

            problem = "'format' must be one of json, timelinejs, csv, markdown, ics.";
            return false;
        }

        format = ExportFormat.Json;
        if (request.Headers.TryGetValue("Accept", out var accept))
        {
            foreach (var part in accept.Split(','))
            {
                var mediaType = part.Split(';')[0].Trim();
                var match = ByMediaType.FirstOrDefault(m => m.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
                if (match.MediaType is not null && MediaTypes.Accepts(part, mediaType))
                {
                    format = match.Format;
                    break;
                }
            }
        }

        return true;
    }
}
