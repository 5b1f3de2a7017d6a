using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>
/// The small date grammar the publication-date rules need: ISO dates and timestamps, "Oct 13 2023", "Fri Oct 13 2023",
/// "June 10, 2024", "13 October 2023", "Fri, 13 Oct 2023 10:00:00 GMT", "05/19/24", and day-month-year dates with
/// French, Spanish, Portuguese, Italian or German month names ("3 décembre 2023", "3 de diciembre de 2023", "3.
/// Dezember 2023"; month names: Resources/Publication/month-names.txt).
/// </summary>
/// <remarks>
/// Self-contained on purpose (the temporal tagger is a separate component). The pattern has no nested quantifiers, so
/// it runs without a match timeout (a timeout under machine load would make results nondeterministic); callers pass
/// short strings (stamps, datelines, meta values).
/// </remarks>
public static class DateText
{
    private static readonly Dictionary<string, int> Months = LoadMonths();

    private static readonly string MonthName = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private const string Weekday = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+";

    private static readonly Regex Pattern = new(
        $@"(?<![\w/.-])(?:" +
        @"(?<iy>(?:19|20)\d\d)(?<isep>[-/.])(?<im>\d{1,2})\k<isep>(?<id>\d{1,2})(?!\d)" +
        $@"|(?:{Weekday})?(?<mn>{MonthName})\.?\s+(?<md>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<my>(?:19|20)\d\d)(?!\d))?" +
        $@"|(?:{Weekday})?(?<dd>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?(?<dn>{MonthName})\.?,?\s+(?:de\s+)?(?<dy>(?:19|20)\d\d)(?!\d)" +
        @"|(?<na>\d{1,2})(?<nsep>[/.])(?<nb>\d{1,2})\k<nsep>(?<ny>(?:19|20)\d\d|\d\d)(?![\d/])" +
        @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled,
        Regex.InfiniteMatchTimeout);

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<DateMatch> FindAll(string text)
    {
        for (var found = FindFirst(text); found is not null; found = FindFirst(text, found.Start + found.Length))
        {
            yield return found;
        }
    }

    /// <summary>The first date that starts at or after <paramref name="start"/>, or null.</summary>
    public static DateMatch? FindFirst(string text, int start = 0)
    {
        if (!HasDigit(text.AsSpan(start)))
        {
            return null;
        }

        try
        {
            var m = Pattern.Match(text, start);
            while (m.Success)
            {
                if (FromMatch(m) is { } found)
                {
                    return found;
                }

                m = m.NextMatch();
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile input: no date rather than a failed article.
        }

        return null;
    }

    /// <summary>
    /// Whether the text holds a decimal digit (what <c>\d</c> matches: any Unicode one). Every form of the pattern
    /// holds one, so a text without is answered without running the pattern over every word of it.
    /// </summary>
    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c > '\u007f' && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> could hold a date with a year, as the pattern reads one: four digits opening
    /// with "19" or "20", or digits on both sides of a slash or a dot (a numeric date, whose year may have two digits).
    /// A text without either is answered without running the pattern.
    /// </summary>
    public static bool MayHoldYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                continue;
            }

            var century = text[i] == '1' ? '9' : text[i] == '2' ? '0' : '\0';
            if ((i + 3 < text.Length && text[i + 1] == century && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
                || (text[i + 1] is '/' or '.' && char.IsDigit(text[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses a structured value (meta tag, JSON field, metadata): ISO dates and timestamps (the date part as
    /// written, i.e. in the publisher's own offset), compact yyyyMMdd, RFC 1123, and the textual forms above. Null when no full
    /// date with a year is found.
    /// </summary>
    public static DateOnly? ParseStructured(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > 200)
        {
            return null;
        }

        if (trimmed.Length >= 8 && trimmed[..8].All(char.IsAsciiDigit) && (trimmed.Length == 8 || !char.IsAsciiDigit(trimmed[8])))
        {
            return TryMake(int.Parse(trimmed[..4], CultureInfo.InvariantCulture), int.Parse(trimmed[4..6], CultureInfo.InvariantCulture), int.Parse(trimmed[6..8], CultureInfo.InvariantCulture));
        }

        var match = FindFirst(trimmed);
        if (match is { Year: not null, Order: NumericOrder.Unambiguous } && match.Start <= 12)
        {
            return match.ToDate();
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? TryMake(parsed.Year, parsed.Month, parsed.Day)
            : null;
    }

    /// <summary>A valid date in the plausible news range (1990–2100), or null.</summary>
    public static DateOnly? TryMake(int year, int month, int day)
    {
        if (year is < 1990 or > 2100 || !CalendarDate.IsValid(year, month, day))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static DateMatch? FromMatch(Match m)
    {
        if (m.Groups["iy"].Success)
        {
            return Make(m, Int(m, "im"), Int(m, "id"), Int(m, "iy"), NumericOrder.Unambiguous);
        }

        if (m.Groups["mn"].Success)
        {
            return Make(m, MonthOf(m.Groups["mn"].Value), Int(m, "md"), m.Groups["my"].Success ? Int(m, "my") : null, NumericOrder.Unambiguous);
        }

        if (m.Groups["dn"].Success)
        {
            return Make(m, MonthOf(m.Groups["dn"].Value), Int(m, "dd"), Int(m, "dy"), NumericOrder.Unambiguous);
        }

        var a = Int(m, "na");
        var b = Int(m, "nb");
        var year = Int(m, "ny");
        if (year < 100)
        {
            year += 2000;
        }

        return a > 12 && b <= 12
            ? Make(m, b, a, year, NumericOrder.Unambiguous)
            : b > 12 && a <= 12
                ? Make(m, a, b, year, NumericOrder.Unambiguous)
                : a <= 12 && b <= 12 ? Make(m, a, b, year, NumericOrder.AmbiguousReadAsMonthFirst) : null;
    }

    private static DateMatch? Make(Match m, int month, int day, int? year, NumericOrder order)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        if (year is { } y && TryMake(y, month, day) is null)
        {
            return null;
        }

        return new DateMatch(m.Index, m.Length, month, day, year, order);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int MonthOf(string name) => Months.GetValueOrDefault(name.TrimEnd('.'), 0);

    /// <summary>Each month name to its number: the sections of the data file are the months in calendar order.</summary>
    private static Dictionary<string, int> LoadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var sections = ResourceText.Sections("Publication", "month-names.txt");
        for (var number = 1; number <= sections.Count; number++)
        {
            foreach (var entry in sections[number - 1].Entries)
            {
                months[entry] = number;
            }
        }

        return months;
    }
}
