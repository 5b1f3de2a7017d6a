using TimelineFunctions.Api.Exports;
using TimelineFunctions.Api.Routing;
using TimelineFunctions.Api.Summary;

namespace TimelineFunctions.Api;

public sealed partial class TimelineApi
{
    /// <summary>The story's key dates (see docs/api.md), as JSON, Markdown or TimelineJS.</summary>
    private async Task<ApiResponse> GetSummaryAsync(ApiRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        if (StoryProblem(values) is { } problem)
        {
            return problem;
        }

        if (!SummaryQueryParser.TryParse(request, out var options, out var detail)
            || !ExportFormats.TryChoose(request, out var format, out detail)
            || !SummaryExports.Supports(format, out detail))
        {
            return ApiResponse.BadRequest(detail);
        }

        var summary = await _queries.GetSummaryAsync(values["storyId"], options, cancellationToken);
        return summary is null ? StoryNotFound(values) : SummaryExports.Render(summary, format);
    }
}
