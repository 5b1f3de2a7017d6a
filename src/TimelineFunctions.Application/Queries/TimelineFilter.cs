namespace TimelineFunctions.Application.Queries;

/// <summary>
/// Applies a <see cref="TimelineQuery"/>'s criteria to an assembled timeline, in memory: a story's timeline lives in
/// one partition and is assembled whole, so no query text ever reaches the table service.
/// </summary>
public static class TimelineFilter
{
    public static bool Matches(TimelineEvent e, TimelineQuery query)
    {
        if (query.From is { } from && (e.Date is null || e.Date.End < from))
        {
            return false;
        }

        if (query.To is { } to && (e.Date is null || e.Date.Start > to))
        {
            return false;
        }

        if (query.Actor is { } actor && !e.Actors.Any(a =>
            a.Id.Equals(actor, StringComparison.Ordinal) || a.Name.Equals(actor, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (query.Type is { } type && !e.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (query.MinSources is { } min && e.SourceCount < min)
        {
            return false;
        }

        return query.Text is not { } text
            || e.Summary.Contains(text, StringComparison.OrdinalIgnoreCase)
            || e.Sources.Any(s => s.Quote.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The matching events in the query's order: dated ones chronologically (or reversed), then the undated ones.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> Select(StoryTimeline timeline, TimelineQuery query)
    {
        var dated = timeline.Events.Where(e => Matches(e, query));
        if (query.Order == TimelineOrder.Desc)
        {
            dated = dated.Reverse();
        }

        return [.. dated.Concat(timeline.Undated.Where(e => Matches(e, query)))];
    }
}
