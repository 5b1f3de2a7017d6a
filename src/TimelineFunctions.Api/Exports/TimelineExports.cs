using TimelineFunctions.Api.Contract;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Exports;

/// <summary>Renders one page of a timeline query in the chosen format.</summary>
public static class TimelineExports
{
    public const string Csv = "text/csv; charset=utf-8; header=present";
    public const string Markdown = "text/markdown; charset=utf-8";
    public const string Calendar = "text/calendar; charset=utf-8";

    public static ApiResponse Render(TimelinePage page, ExportFormat format) => format switch
    {
        ExportFormat.TimelineJs => ApiResponse.Text(ApiResponse.Json, TimelineJsExport.Render(page)),
        ExportFormat.Csv => Attachment(ApiResponse.Text(Csv, CsvExport.Render(page)), page, "csv"),
        ExportFormat.Markdown => ApiResponse.Text(Markdown, MarkdownExport.Render(page)),
        ExportFormat.ICalendar => Attachment(ApiResponse.Text(Calendar, ICalendarExport.Render(page)), page, "ics"),
        _ => ApiResponse.Ok(new TimelineDto(
            DtoMapper.ToDto(page.Story),
            [.. page.Events.Select(DtoMapper.ToDto)],
            [.. page.Undated.Select(DtoMapper.ToDto)],
            page.Next)),
    };

    // Story ids are [a-z0-9_-], so the file name needs no quoting beyond the quotes.
    private static ApiResponse Attachment(ApiResponse response, TimelinePage page, string extension) =>
        response.WithHeaders([new("Content-Disposition", $"inline; filename=\"{page.Story.Id}.{extension}\"")]);
}
