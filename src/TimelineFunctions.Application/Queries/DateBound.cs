using System.Globalization;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// Parses the ISO dates a timeline query is bounded by: a day (2023-10-09), a month (2023-10) or a year (2023).
/// </summary>
/// <remarks>
/// A "from" bound starts at the first day of what it names, a "to" bound ends at the last.
/// </remarks>
public static class DateBound
{
    public static bool TryParseFrom(string text, out DateOnly day) => TryParse(text, end: false, out day);

    public static bool TryParseTo(string text, out DateOnly day) => TryParse(text, end: true, out day);

    private static bool TryParse(string text, bool end, out DateOnly day)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out day))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
        {
            day = end ? month.AddMonths(1).AddDays(-1) : month;
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, invariant, out var year) && year >= 1)
        {
            day = end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }

        day = default;
        return false;
    }
}
