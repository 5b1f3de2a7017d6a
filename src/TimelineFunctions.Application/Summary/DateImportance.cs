using System.Globalization;
using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Summary;

/// <summary>
/// How important each date of a story is, from the whole story rather than from the day's own news: every article
/// that reports an event on the date counts, and an article that refers back to it from a later day counts most
/// (a development is key when the story keeps returning to it). An article reporting only statements on the date
/// counts less than one reporting what was done, and the articles published on the day add a little (a busy news
/// day is a hint, not the answer).
/// </summary>
public static class DateImportance
{
    /// <summary>Weight of an article published after the date that reports an event on it.</summary>
    public const double LaterReference = 1.0;

    /// <summary>Weight of an article published on the date that reports an event on it.</summary>
    public const double SameDayReference = 0.5;

    /// <summary>Weight of an article published before the date (a plan or an expectation) that reports an event on it.</summary>
    public const double EarlierReference = 0.25;

    /// <summary>Weight of an article published on the date, whatever it reports.</summary>
    public const double Publication = 0.25;

    /// <summary>Factor for an article whose only reports of the date are statements or untyped occurrences.</summary>
    public const double SaidOnly = 0.5;

    private static readonly HashSet<string> SayingTypes = new(StringComparer.Ordinal) { "statement", "occurrence" };

    /// <summary>
    /// The candidate dates, most important first: every day with an event, and every coarser period with an event
    /// when no day inside it has one (then the period is all the sources tell of that development).
    /// </summary>
    public static IReadOnlyList<DateCandidate> Rank(IReadOnlyList<TimelineEvent> dated, IReadOnlyList<DateOnly> publicationDates)
    {
        var published = publicationDates.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var days = dated.Where(e => e.Date is { Granularity: "day" })
            .GroupBy(e => e.Date!.Start)
            .Select(g => Candidate(DayInfo(g.Key, g), [.. g], published))
            .ToList();
        var eventDays = days.Select(d => d.Date.Start).ToHashSet();
        var periods = dated.Where(e => e.Date is { Granularity: not "day" })
            .GroupBy(e => e.Date!.Value, StringComparer.Ordinal)
            .Where(g => !eventDays.Any(day => day >= g.First().Date!.Start && day <= g.First().Date!.End))
            .Select(g => Candidate(g.First().Date!, [.. g], published));

        return [.. days.Concat(periods)
            .OrderByDescending(c => c.Importance)
            .ThenBy(c => c.Date.Start)
            .ThenBy(c => c.Date.End)];
    }

    private static DateCandidate Candidate(EventDateInfo date, List<TimelineEvent> events, Dictionary<DateOnly, int> published)
    {
        var byArticle = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var said = SayingTypes.Contains(e.Type);
            foreach (var source in e.Sources)
            {
                var weight = ReferenceWeight(source.Published, date) * (said ? SaidOnly : 1.0);
                byArticle[source.ArticleId] = Math.Max(byArticle.GetValueOrDefault(source.ArticleId), weight);
            }
        }

        var publishedOnDate = date.Granularity == "day" ? published.GetValueOrDefault(date.Start) : 0;
        return new DateCandidate(date, events, byArticle.Values.Sum() + (Publication * publishedOnDate));
    }

    private static double ReferenceWeight(DateOnly? published, EventDateInfo date) => published switch
    {
        null => SameDayReference,
        { } p when p > date.End => LaterReference,
        { } p when p < date.Start => EarlierReference,
        _ => SameDayReference,
    };

    private static EventDateInfo DayInfo(DateOnly day, IEnumerable<TimelineEvent> events) => new(
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "day",
        day,
        day,
        [.. events.SelectMany(e => e.Date!.Texts).Distinct(StringComparer.Ordinal)]);
}
