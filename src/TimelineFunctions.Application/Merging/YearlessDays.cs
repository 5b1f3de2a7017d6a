using System.Globalization;
using TimelineFunctions.Application.Timeline;
using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Gives an undated report the year of its story: a page without a date that says "on November 27" is still about
/// the story its other articles date.
/// </summary>
/// <remarks>
/// Of the years around the story's middle day (the median of its reports' day-precise dates), the month and day
/// take the one that puts them nearest it; a day the report also names by its weekday keeps that year only when it
/// falls on that weekday. A weekday named on a page whose dateline has no year ("ALDERBROOK, Oct 13 -") is the latest
/// such weekday on or before the dateline's day in that year. A pure function of the set of reports, so arrival order and repeated
/// deliveries cannot change it. A story with no dated day leaves them undated.
/// </remarks>
public static class YearlessDays
{
    public static IReadOnlyList<EventContribution> Resolve(IEnumerable<EventContribution> contributions)
    {
        var all = contributions as IReadOnlyList<EventContribution> ?? [.. contributions];
        if (!all.Any(c => c.Date is null && (c.NamedDay ?? c.PageDay) is not null))
        {
            return all;
        }

        if (MiddleDay(all) is not { } middle)
        {
            return all;
        }

        return [.. all.Select(c => c.Date is null && DayOf(c, middle) is { } day ? c with { Date = EventDateInfo.OnDay(day, []) } : c)];
    }

    /// <summary>
    /// The day of an undated report in the story's year: its month and day, kept when it falls on the weekday the report
    /// names; else, for a weekday on a page whose dateline has no year, the latest such weekday on or before the page's day.
    /// </summary>
    private static DateOnly? DayOf(EventContribution contribution, DateOnly middle)
    {
        if (contribution.NamedDay is { } named)
        {
            return Nearest(named, middle) is { } day && IsOnItsWeekday(contribution, day) ? day : null;
        }

        return contribution.PageDay is { } page && Nearest(page, middle) is { } pageDay
            && Enum.TryParse<DayOfWeek>(contribution.NamedWeekday, ignoreCase: true, out var weekday)
            ? YearlessDay.LatestOnOrBefore(pageDay, weekday)
            : null;
    }

    /// <summary>
    /// Whether the day falls on the weekday the report names with it: a page's "on Monday", placed by its count of days
    /// ("its 10th day on Tuesday", counted from "November 12"), is kept only when the story's year makes it a Monday.
    /// </summary>
    private static bool IsOnItsWeekday(EventContribution contribution, DateOnly day) =>
        !Enum.TryParse<DayOfWeek>(contribution.NamedWeekday, ignoreCase: true, out var weekday) || day.DayOfWeek == weekday;

    /// <summary>The story's middle day: the median of its reports' day-precise dates; null when none is dated to the day.</summary>
    public static DateOnly? MiddleDay(IEnumerable<EventContribution> contributions)
    {
        var days = contributions.Where(c => c.Date is { Granularity: "day" }).Select(c => c.Date!.Start.DayNumber).Order().ToList();
        return days.Count == 0 ? null : DateOnly.FromDayNumber(days[days.Count / 2]);
    }

    /// <summary>The date with the month and day <paramref name="monthDay"/> ("11-27") nearest <paramref name="middle"/>, or null when it is no date.</summary>
    public static DateOnly? Nearest(string monthDay, DateOnly middle)
    {
        if (!DateOnly.TryParseExact($"2000-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        DateOnly? best = null;
        for (var year = middle.Year - 1; year <= middle.Year + 1; year++)
        {
            if (DateOnly.TryParseExact($"{year:D4}-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && (best is null || Math.Abs(day.DayNumber - middle.DayNumber) < Math.Abs(best.Value.DayNumber - middle.DayNumber)))
            {
                best = day;
            }
        }

        return best;
    }
}
