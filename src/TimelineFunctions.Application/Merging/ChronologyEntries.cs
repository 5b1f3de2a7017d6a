namespace TimelineFunctions.Application.Merging;

/// <summary>
/// An entry of an article's chronology ("23 May: She is taken to the prison hospital and ends her hunger strike") is an
/// editor's one-line summary of its day's development, told in words of its own and so often typed otherwise than the
/// reports it sums up ("collapsed in her cell and was taken to the prison hospital"). An event told only by such
/// entries joins the event of its day whose reports share the most words with it.
/// </summary>
/// <remarks>
/// The entry needs as much content in common with one of that event's reports as an undated report needs to join an
/// event, with two words or more, and more than with any other event of the day: when two events of the day share as
/// much with it, which one it sums up is not known, and it stays apart. A plan is no summary of a day's development.
/// </remarks>
internal static class ChronologyEntries
{
    public static IEnumerable<IReadOnlyList<EventCluster>> Find(IReadOnlyList<EventCluster> events, double minContent, int minSharedWords)
    {
        static bool IsEntry(MergeCandidate report) => report.Contribution.InChronology;
        static bool IsOfADay(EventCluster e) => e.AbsorbedBy is null && e.Anchor.IsDayPrecise && e.Anchor.PlannedFor is null;

        var byDay = events.Where(e => IsOfADay(e) && !e.Members.TrueForAll(IsEntry))
            .GroupBy(e => e.Anchor.Date!.Start)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var entry in events.Where(e => IsOfADay(e) && e.Members.TrueForAll(IsEntry)))
        {
            if (!byDay.TryGetValue(entry.Anchor.Date!.Start, out var ofTheDay))
            {
                continue;
            }

            var ranked = ofTheDay
                .Select(e => (Event: e, Score: Closeness(entry, e, minSharedWords)))
                .OrderByDescending(e => e.Score)
                .Take(2)
                .ToList();
            if (ranked[0].Score >= minContent && (ranked.Count == 1 || ranked[0].Score > ranked[1].Score))
            {
                yield return [ranked[0].Event, entry];
            }
        }
    }

    /// <summary>The highest content similarity of an entry's report with a report of the event that shares enough words with it; 0 when none does.</summary>
    private static double Closeness(EventCluster entry, EventCluster other, int minSharedWords) =>
        entry.Members.Max(a => other.Members.Max(b => WordIds.Shared(a.ContentIds, b.ContentIds) >= minSharedWords ? WordIds.Similarity(a.ContentIds, b.ContentIds) : 0));
}
