using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// The week of a page with no date, learned from the merge: once one of its weekdays has joined a dated event, its
/// other weekdays are days of that week.
/// </summary>
/// <remarks>
/// On a page with no date, "the rescue workers on Tuesday evening pulled out all 41 workers" joins another article's
/// rescue of Tuesday 28 November (a weekday report joins an event of its weekday, <see cref="ReportMatcher"/>). The
/// page's "he met the workers on Wednesday", which matched nothing and would be left out, is then Wednesday 29
/// November: the day of its weekday nearest the page's known day, within three days either side. A page whose joined
/// weekdays place a weekday on two different days places nothing. The events the first pass formed depend only on the
/// reports, so this stays a function of the set of reports.
/// </remarks>
internal static class PageWeeks
{
    /// <summary>Each left-out weekday report that its page's joined weekdays place, dated to that day.</summary>
    public static IEnumerable<EventContribution> Place(IReadOnlyList<MergeCandidate> leftOut, IEnumerable<EventCluster> events)
    {
        if (leftOut.Count == 0)
        {
            return [];
        }

        var knownDays = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        foreach (var cluster in events.Where(e => e.AbsorbedBy is null && e.Anchor.IsDayPrecise))
        {
            foreach (var member in cluster.Members.Where(m => m.NamedWeekday == cluster.Anchor.Date!.Start.DayOfWeek))
            {
                if (!knownDays.TryGetValue(member.Contribution.ArticleId, out var days))
                {
                    knownDays[member.Contribution.ArticleId] = days = [];
                }

                days.Add(cluster.Anchor.Date!.Start);
            }
        }

        return leftOut
            .Where(r => knownDays.ContainsKey(r.Contribution.ArticleId))
            .Select(r => (Report: r, Days: knownDays[r.Contribution.ArticleId].Select(known => Nearest(r.NamedWeekday!.Value, known)).Distinct().ToList()))
            .Where(p => p.Days.Count == 1)
            .Select(p => p.Report.Contribution with
            {
                Date = EventDateInfo.OnDay(p.Days[0], [p.Report.NamedWeekday!.Value.ToString()]),
            });
    }

    /// <summary>The day of <paramref name="weekday"/> within three days of <paramref name="known"/>.</summary>
    public static DateOnly Nearest(DayOfWeek weekday, DateOnly known)
    {
        var ahead = ((int)weekday - (int)known.DayOfWeek + 7) % 7;
        return known.AddDays(ahead <= 3 ? ahead : ahead - 7);
    }
}
