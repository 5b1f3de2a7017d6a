using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Summary;

/// <summary>How important each date of a story is, judged from the whole story rather than from the day's own news.</summary>
/// <remarks>
/// Every article that reports an event on the date counts, and an article that refers back to it from a later day
/// counts most (a development is key when the story keeps returning to it). Each event of the date that two or more
/// articles report adds a little: a day on which several corroborated things happened is a day of news. Between
/// dates of equal weight, the one more articles report an action on (an event typed other than a statement) comes
/// first, then the one more articles were published on. Ahead of all of them come the dates that a chronology in the
/// story's coverage lists (a timeline an editor wrote) within the span the story was reported in, ranked among
/// themselves the same way. See docs/summary.md for the figures behind these weights.
/// </remarks>
public static class DateImportance
{
    /// <summary>Weight of an article published after the date that reports an event on it.</summary>
    public const double LaterReference = 1.0;

    /// <summary>Weight of an article published on the date that reports an event on it: the day's own news.</summary>
    public const double SameDayReference = 0.25;

    /// <summary>Weight of an article published before the date (a plan or an expectation) that reports an event on it.</summary>
    public const double EarlierReference = 0.25;

    /// <summary>Weight of each event on the date that at least two articles report.</summary>
    public const double CorroboratedEvent = 0.15;

    /// <summary>Coarser periods the summary may keep, when no day inside them has an event; years and decades are background.</summary>
    private static readonly HashSet<string> KeptPeriods = new(StringComparer.Ordinal) { "week", "month" };

    /// <summary>
    /// The candidate dates, most important first: every day with an event, and every week or month with an event
    /// that lies within the story's publication span when no day inside it has one (then the period is all the
    /// sources tell of that development).
    /// </summary>
    public static IReadOnlyList<DateCandidate> Rank(IReadOnlyList<TimelineEvent> dated, IReadOnlyList<DateOnly> publicationDates)
    {
        var published = publicationDates.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var (first, last) = publicationDates.Count == 0 ? (DateOnly.MinValue, DateOnly.MaxValue) : (publicationDates.Min(), publicationDates.Max());
        var days = dated.Where(e => e.Date is { Granularity: "day" })
            .GroupBy(e => e.Date!.Start)
            .Select(g => Score(DayInfo(g.Key, g), [.. g], published, first, last))
            .ToList();
        var eventDays = days.Select(d => d.Candidate.Date.Start).ToHashSet();
        var periods = dated.Where(e => e.Date is { } d && KeptPeriods.Contains(d.Granularity) && d.Start >= first && d.End <= last)
            .GroupBy(e => e.Date!.Value, StringComparer.Ordinal)
            .Where(g => !eventDays.Any(day => day >= g.First().Date!.Start && day <= g.First().Date!.End))
            .Select(g => Score(g.First().Date!, [.. g], published, first, last));

        return [.. days.Concat(periods)
            .OrderByDescending(s => s.Listed)
            .ThenByDescending(s => s.Candidate.Importance)
            .ThenByDescending(s => s.ActionArticles)
            .ThenByDescending(s => s.Published)
            .ThenBy(s => s.Candidate.Date.Start)
            .ThenBy(s => s.Candidate.Date.End)
            .Select(s => s.Candidate)];
    }

    private static (DateCandidate Candidate, bool Listed, int ActionArticles, int Published) Score(
        EventDateInfo date, List<TimelineEvent> events, Dictionary<DateOnly, int> published, DateOnly first, DateOnly last)
    {
        var byArticle = new Dictionary<string, double>(StringComparer.Ordinal);
        var actionArticles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var source in e.Sources)
            {
                byArticle[source.ArticleId] = Math.Max(byArticle.GetValueOrDefault(source.ArticleId), ReferenceWeight(source.Published, date));
                if (!SayingTypes.IsSaying(e.Type))
                {
                    actionArticles.Add(source.ArticleId);
                }
            }
        }

        var publishedOnDate = date.Granularity == "day" ? published.GetValueOrDefault(date.Start) : 0;
        var corroborated = events.Count(e => e.SourceCount >= 2);
        // A date an editor's chronology lists, within the span the story was reported in, is a key date by their judgment.
        var listed = date.Start >= first && date.End <= last && events.Exists(e => e.Sources.Any(s => s.InChronology));
        return (new DateCandidate(date, events, byArticle.Values.Sum() + (CorroboratedEvent * corroborated)), listed, actionArticles.Count, publishedOnDate);
    }

    private static double ReferenceWeight(DateOnly? published, EventDateInfo date) => published switch
    {
        { } p when p > date.End => LaterReference,
        { } p when p < date.Start => EarlierReference,
        _ => SameDayReference,
    };

    private static EventDateInfo DayInfo(DateOnly day, IEnumerable<TimelineEvent> events) =>
        EventDateInfo.OnDay(day, [.. events.SelectMany(e => e.Date!.Texts).Distinct(StringComparer.Ordinal)]);
}
