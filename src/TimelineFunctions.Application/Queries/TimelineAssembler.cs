using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Merging;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// Builds timeline events from a story's current contributions: the reports of one real-world event, from any
/// number of articles, become one event with every source (<see cref="EventMerger"/>).
/// </summary>
/// <remarks>
/// The result depends only on the set of contributions, never on the order they arrived in. Dated events come in
/// chronological order (earliest start, then the more precise first, then by id), undated ones by their first
/// source.
/// </remarks>
public static class TimelineAssembler
{
    public static (IReadOnlyList<TimelineEvent> Dated, IReadOnlyList<TimelineEvent> Undated) Assemble(
        IReadOnlyList<ArticleRecord> articles,
        IReadOnlyList<EventContribution> contributions)
    {
        var (dated, undated, _) = AssembleWithRemarks(articles, contributions);
        return (dated, undated);
    }

    /// <summary>
    /// <see cref="Assemble"/>, and the dated remarks the timeline leaves off (<see cref="EventMerger.GroupWithRemarks"/>),
    /// in the same order as the dated events.
    /// </summary>
    public static (IReadOnlyList<TimelineEvent> Dated, IReadOnlyList<TimelineEvent> Undated, IReadOnlyList<TimelineEvent> Remarks) AssembleWithRemarks(
        IReadOnlyList<ArticleRecord> articles,
        IReadOnlyList<EventContribution> contributions)
    {
        var articlesById = articles.ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        var (groups, remarkGroups) = EventMerger.Default.GroupWithRemarks(contributions);
        var events = groups.Select(reports => MergedEventBuilder.Build(reports, articlesById, MergeThresholds.Default)).ToList();
        var remarks = remarkGroups.Select(reports => MergedEventBuilder.Build(reports, articlesById, MergeThresholds.Default)).Where(e => e.Date is not null);

        var undated = events.Where(e => e.Date is null)
            .OrderBy(e => e.Sources[0].Published ?? DateOnly.MaxValue)
            .ThenBy(e => e.Sources[0].ArticleId, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return (InDateOrder(events.Where(e => e.Date is not null)), undated, InDateOrder(remarks));
    }

    /// <summary>Dated events in chronological order: earliest start, then the more precise first, then by id.</summary>
    public static IReadOnlyList<TimelineEvent> InDateOrder(IEnumerable<TimelineEvent> dated) =>
        [.. dated.OrderBy(e => e.Date!.Start).ThenBy(e => e.Date!.End).ThenBy(e => e.Id, StringComparer.Ordinal)];
}
