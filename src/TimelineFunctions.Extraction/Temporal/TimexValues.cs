using System.Globalization;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Temporal;

/// <summary>Formats TIMEX3 values and maps a resolved value back to the calendar days it covers.</summary>
public static class TimexValues
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Month(int year, int month) => string.Create(Inv, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", Inv);

    public static string Week(DateOnly d) => string.Create(Inv, $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}");

    public static string Quarter(int year, int quarter) => string.Create(Inv, $"{year:D4}-Q{quarter}");

    public static string Half(int year, int half) => string.Create(Inv, $"{year:D4}-H{half}");

    public static string Decade(int year) => (year / 10).ToString("D3", Inv);

    public static string Century(int year) => (year / 100).ToString("D2", Inv);

    public static int QuarterOf(DateOnly d) => ((d.Month - 1) / 3) + 1;

    /// <summary>
    /// The first and last day a resolved DATE/TIME value covers, and its granularity. False for durations,
    /// sets, references and values with X placeholders.
    /// </summary>
    public static bool TryGetRange(string value, out DateOnly start, out DateOnly end, out Granularity granularity)
    {
        start = end = default;
        granularity = Granularity.Day;
        var s = value.AsSpan();
        var t = s.IndexOf('T');
        var timePart = t >= 0 ? s[(t + 1)..] : [];
        if (t >= 0)
        {
            s = s[..t];
        }

        if (s.Length < 2 || !IsDigits(s[..2]))
        {
            return false;
        }

        switch (s.Length)
        {
            case 2 when IsDigits(s):
                var century = int.Parse(s, Inv);
                return Span(new DateOnly(Math.Max(1, century * 100), 1, 1), new DateOnly((century * 100) + 99, 12, 31), Granularity.Century, out start, out end, out granularity);
            case 3 when IsDigits(s):
                var decade = int.Parse(s, Inv);
                return Span(new DateOnly(Math.Max(1, decade * 10), 1, 1), new DateOnly((decade * 10) + 9, 12, 31), Granularity.Decade, out start, out end, out granularity);
        }

        if (s.Length < 4 || !IsDigits(s[..4]))
        {
            return false;
        }

        var year = int.Parse(s[..4], Inv);
        if (year < 1)
        {
            return false;
        }

        if (s.Length == 4)
        {
            return Span(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Granularity.Year, out start, out end, out granularity);
        }

        if (s[4] != '-' || s.Length < 7)
        {
            return false;
        }

        var rest = s[5..];
        if (rest.Length == 2 && IsDigits(rest))
        {
            var month = int.Parse(rest, Inv);
            return month is >= 1 and <= 12
                && Span(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), Granularity.Month, out start, out end, out granularity);
        }

        if (rest.Length == 5 && IsDigits(rest[..2]) && rest[2] == '-' && IsDigits(rest[3..]))
        {
            var month = int.Parse(rest[..2], Inv);
            var day = int.Parse(rest[3..], Inv);
            if (!CalendarDate.IsValid(year, month, day))
            {
                return false;
            }

            var date = new DateOnly(year, month, day);
            var clock = timePart.Length >= 2 && char.IsAsciiDigit(timePart[0]);
            return Span(date, date, clock ? Granularity.Time : Granularity.Day, out start, out end, out granularity);
        }

        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            var q = rest[1] - '0';
            var first = new DateOnly(year, ((q - 1) * 3) + 1, 1);
            return Span(first, first.AddMonths(3).AddDays(-1), Granularity.Quarter, out start, out end, out granularity);
        }

        if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
        {
            var first = new DateOnly(year, rest[1] == '1' ? 1 : 7, 1);
            return Span(first, first.AddMonths(6).AddDays(-1), Granularity.Quarter, out start, out end, out granularity);
        }

        if (rest.Length == 2 && SeasonStart(year, rest) is { } seasonStart)
        {
            return Span(seasonStart, seasonStart.AddMonths(3).AddDays(-1), Granularity.Season, out start, out end, out granularity);
        }

        if (rest.Length >= 3 && rest[0] == 'W' && IsDigits(rest.Slice(1, 2)))
        {
            var week = int.Parse(rest.Slice(1, 2), Inv);
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
            {
                return false;
            }

            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            if (rest.Length == 3)
            {
                return Span(monday, monday.AddDays(6), Granularity.Week, out start, out end, out granularity);
            }

            if (rest[3..] is "-WE")
            {
                return Span(monday.AddDays(5), monday.AddDays(6), Granularity.Week, out start, out end, out granularity);
            }
        }

        return false;
    }

    /// <summary>First day of a meteorological (northern) season; winter YYYY-WI runs from December YYYY.</summary>
    public static DateOnly? SeasonStart(int year, ReadOnlySpan<char> code) => code switch
    {
        "SP" => new DateOnly(year, 3, 1),
        "SU" => new DateOnly(year, 6, 1),
        "FA" => new DateOnly(year, 9, 1),
        "WI" => new DateOnly(year, 12, 1),
        _ => null,
    };

    private static bool Span(DateOnly first, DateOnly last, Granularity g, out DateOnly start, out DateOnly end, out Granularity granularity)
    {
        start = first;
        end = last;
        granularity = g;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
