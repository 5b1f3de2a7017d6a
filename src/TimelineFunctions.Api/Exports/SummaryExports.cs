using TimelineFunctions.Api.Contract;
using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Api.Exports;

/// <summary>Renders a summary timeline as JSON, Markdown or TimelineJS, the formats a list of key dates reads well in.</summary>
public static class SummaryExports
{
    public static bool Supports(ExportFormat format, out string problem)
    {
        problem = format is ExportFormat.Json or ExportFormat.Markdown or ExportFormat.TimelineJs
            ? ""
            : "'format' must be one of json, timelinejs, markdown for a summary.";
        return problem.Length == 0;
    }

    public static ApiResponse Render(SummaryTimeline summary, ExportFormat format) => format switch
    {
        ExportFormat.TimelineJs => ApiResponse.Text(ApiResponse.Json, SummaryTimelineJsExport.Render(summary)),
        ExportFormat.Markdown => ApiResponse.Text(TimelineExports.Markdown, SummaryMarkdownExport.Render(summary)),
        _ => ApiResponse.Ok(SummaryDtoMapper.ToDto(summary)),
    };
}
