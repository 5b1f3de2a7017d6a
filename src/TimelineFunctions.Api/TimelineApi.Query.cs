using TimelineFunctions.Api.Exports;
using TimelineFunctions.Api.Timeline;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api;

public sealed partial class TimelineApi
{
    /// <summary>
    /// The timeline query: filters, order and paging from the query string, then the page in the format asked for
    /// (see docs/api.md).
    /// </summary>
    private async Task<ApiResponse> QueryTimelineAsync(ApiRequest request, string storyId, CancellationToken cancellationToken)
    {
        if (!TimelineQueryParser.TryParse(request, out var query, out var next, out var problem)
            || !ExportFormats.TryChoose(request, out var format, out problem))
        {
            return ApiResponse.BadRequest(problem);
        }

        TimelinePosition? after = null;
        if (next is not null)
        {
            if (!_tokens.TryRead(next, storyId, query, out var position))
            {
                return ApiResponse.BadRequest("'next' is not a continuation token of this query: pass back the 'next' value of the previous page, with the same story and criteria.");
            }

            after = position;
        }

        var timeline = await _queries.GetTimelineAsync(storyId, cancellationToken);
        return timeline is null
            ? ApiResponse.NotFound($"There is no story '{storyId}'.")
            : TimelineExports.Render(TimelinePager.Page(timeline, query, _tokens, after), format);
    }
}
