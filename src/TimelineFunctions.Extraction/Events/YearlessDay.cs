using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A month and day without a year ("November 21" on a page with no date), with the day of the week the text gives it
/// when it gives one. The merge gives it the year of the story's other articles.
/// </summary>
/// <remarks>
/// Days are counted in a leap year, so that 29 February is a day. A count across the end of February of a common year
/// comes out a day off, and then the weekday the text names no longer fits the year the merge finds, so the merge
/// leaves it undated.
/// </remarks>
public sealed partial record YearlessDay(int Month, int Day, DayOfWeek? Weekday = null)
{
    private const int CountingYear = 2000;

    /// <summary>"MM-dd", as <see cref="ExtractedEvent.NamedDay"/> keeps it.</summary>
    public string MonthDay => string.Create(CultureInfo.InvariantCulture, $"{Month:D2}-{Day:D2}");

    /// <summary>The day in the leap year the days are counted in: what orders days without a year.</summary>
    internal DateOnly InCountingYear => new(CountingYear, Month, Day);

    /// <summary>The month and day of a TIMEX3 value with an unknown year ("XXXX-11-12", "XXXX-11-12T09:00"), or null.</summary>
    public static YearlessDay? Parse(string value) =>
        UnanchoredMonthDay().Match(value) is { Success: true } m
        && DateOnly.TryParseExact($"{CountingYear}-{m.Groups[1].Value}-{m.Groups[2].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new YearlessDay(day.Month, day.Day)
            : null;

    public YearlessDay AddDays(int days)
    {
        var day = InCountingYear.AddDays(days);
        return new YearlessDay(day.Month, day.Day);
    }

    /// <summary>
    /// The latest <paramref name="weekday"/> on or before this day, whose weekday must be known: on a page whose present is
    /// Tuesday 21 November, "on Monday" is 20 November and "on Tuesday" the 21st.
    /// </summary>
    public YearlessDay LatestOnOrBefore(DayOfWeek weekday)
    {
        var own = Weekday ?? throw new InvalidOperationException("The day's weekday is not known.");
        return AddDays(-DaysBack(own, weekday)) with { Weekday = weekday };
    }

    /// <summary>The latest <paramref name="weekday"/> on or before <paramref name="day"/>: "on Monday" on a page of Wednesday 22 November is 20 November.</summary>
    public static DateOnly LatestOnOrBefore(DateOnly day, DayOfWeek weekday) => day.AddDays(-DaysBack(day.DayOfWeek, weekday));

    /// <summary>How many days back from a day on <paramref name="from"/> the latest <paramref name="weekday"/> lies (0 to 6).</summary>
    private static int DaysBack(DayOfWeek from, DayOfWeek weekday) => ((int)from - (int)weekday + 7) % 7;

    [GeneratedRegex(@"\AXXXX-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T|\z)")]
    private static partial Regex UnanchoredMonthDay();
}
