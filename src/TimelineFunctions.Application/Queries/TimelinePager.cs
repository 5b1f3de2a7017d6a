namespace TimelineFunctions.Application.Queries;

/// <summary>Cuts the page of a query out of a story's timeline.</summary>
public static class TimelinePager
{
    /// <summary>
    /// Selects the events of <paramref name="query"/> and cuts the page that starts at <paramref name="after"/>.
    /// Pages run over the dated events in the query's order, then the undated ones; <paramref name="tokens"/> seals
    /// the next page's token.
    /// </summary>
    public static TimelinePage Page(StoryTimeline timeline, TimelineQuery query, ContinuationToken tokens, TimelinePosition? after = null)
    {
        var selected = TimelineFilter.Select(timeline, query);
        var start = 0;
        if (after is { } position)
        {
            var index = -1;
            for (var i = 0; i < selected.Count; i++)
            {
                if (selected[i].Id == position.LastEventId)
                {
                    index = i;
                    break;
                }
            }

            // Resume right after the last event served; if it has gone since, at the same offset.
            start = index >= 0 ? index + 1 : Math.Min(position.Offset, selected.Count);
        }

        var count = Math.Min(query.Limit ?? int.MaxValue, selected.Count - start);
        var page = selected.Skip(start).Take(count).ToList();
        var end = start + count;
        var next = end < selected.Count && page.Count > 0
            ? tokens.Create(timeline.Story.Id, query, end, page[^1].Id)
            : null;
        return new TimelinePage(timeline.Story, [.. page.Where(e => e.Date is not null)], [.. page.Where(e => e.Date is null)], next);
    }
}
