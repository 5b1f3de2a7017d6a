using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Events told only by remarks: quotations and who said them ("\"I'd rather be shouted at for a false alarm than lose
/// one person,\" she said": <see cref="WholeQuotation"/>), or questions the writer asks ("Will the recount change the
/// result?": <see cref="WritersQuestion"/>). A remark that joined no other report is colour, not a development of the
/// story, and the timeline leaves it out; one that joined a report of what was said or done stays its source.
/// </summary>
internal static class LoneRemarks
{
    public static HashSet<EventCluster> Find(IReadOnlyList<EventCluster> events, string statementType) =>
        [.. events.Where(e => e.AbsorbedBy is null && e.Members.All(m => IsRemark(m.Contribution, statementType)))];

    private static bool IsRemark(Timeline.EventContribution report, string statementType) =>
        (report.Type == statementType && WholeQuotation.Holds(report.Quote)) || WritersQuestion.Holds(report.Quote, report.Attribution);
}
