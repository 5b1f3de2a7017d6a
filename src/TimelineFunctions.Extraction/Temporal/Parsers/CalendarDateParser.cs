using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// Month and day, with an optional weekday and year: "Oct. 9", "9 October 2023", "October 9th", "Fri Oct 13 2023",
/// "Tuesday, March 26", "March 28th of next year", "the fourth of July", "the last day of February".
/// </summary>
/// <remarks>
/// Without a year: the year in which the given weekday matches, nearest the DCT; otherwise the nearest occurrence with
/// a past bias, or the next one after a future cue. Past-tense verbs are not used: "was extended to Nov. 3" names a
/// coming day.
/// </remarks>
public sealed class CalendarDateParser : ITimexParser
{
    public string Kind => "calendar";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var monthGroup = match.Groups["month"];
        if (!context.IsCapitalized(monthGroup.Index))
        {
            return null;
        }

        var month = ParserHelpers.LexiconNumber(match, "month", "month", context);
        // "the first day of March", "the last day of February": the last day is known once the year is.
        var edge = match.Groups["edge"];
        var isLastDay = edge.Success && edge.Value.Equals("last", StringComparison.OrdinalIgnoreCase);
        var day = edge.Success ? 1 : ParserHelpers.Int(match, "day") ?? ParserHelpers.LexiconNumber(match, "dayword", "ordinal", context);
        // 2000 is a leap year, so this admits 29 February until a year is known.
        if (month is null || day is null || !CalendarDate.IsValid(2000, month.Value, day.Value))
        {
            return null;
        }

        var weekdayGroup = match.Groups["weekday"];
        var weekday = weekdayGroup.Success && context.IsCapitalized(weekdayGroup.Index)
            ? ParserHelpers.LexiconNumber(match, "weekday", "weekday", context) ?? ParserHelpers.LexiconNumber(match, "weekday", "weekday-short", context)
            : null;

        int? year = ParserHelpers.Int(match, "year");
        var yrel = match.Groups["yrel"];
        if (year is null && yrel.Success && context.Dct is { } anchor)
        {
            year = anchor.Year + Relative(yrel.Value, context);
        }

        var (start, end) = (match.Index, match.Index + match.Length);
        if (weekdayGroup.Success && weekday is null)
        {
            // A lower-case "sun"/"wed" prefix is not a weekday: drop it from the span.
            start = monthGroup.Index;
        }

        DateOnly? date = null;
        var yearGuessed = false;
        if (year is { } y)
        {
            if (!CalendarDate.IsValid(y, month.Value, day.Value))
            {
                return null;
            }

            date = new DateOnly(y, month.Value, day.Value);
        }
        else if (context.Dct is { } dct)
        {
            date = weekday is { } wd ? WithWeekday(dct, month.Value, day.Value, wd) : null;
            var rel = match.Groups["rel"];
            var tense = rel.Success
                ? (Relative(rel.Value.Replace("this", string.Empty, StringComparison.OrdinalIgnoreCase).Trim(), context) > 0 ? Tense.Future : Tense.Past)
                : (context.TenseBefore(start, pastParticiples: false) == Tense.Future ? Tense.Future : Tense.Neutral);
            if (rel.Success && rel.Value.Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                tense = Tense.Neutral;
            }

            yearGuessed = date is null && tense == Tense.Neutral && !rel.Success;
            date ??= TemporalResolver.MonthDay(dct, month.Value, day.Value, tense);
        }

        if (isLastDay)
        {
            date = date is { } first ? first.AddMonths(1).AddDays(-1) : null;
            if (date is null)
            {
                return null;
            }
        }

        var value = date is { } d
            ? TimexValues.Day(d)
            : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}");
        return new TimexCandidate(start, end, TimexType.Date, value, Granularity.Day, rule.Name, rule.Priority) { IsYearGuessed = yearGuessed };
    }

    /// <summary>Which way a relative word points: -1 ("last"), 1 ("next") or 0 (lexicon [relative-direction]).</summary>
    internal static int Relative(string word, TagContext context) =>
        context.Lexicon.TryGet("relative-direction", word, out var direction) ? int.Parse(direction, CultureInfo.InvariantCulture) : 0;

    private static DateOnly? WithWeekday(DateOnly dct, int month, int day, int weekday)
    {
        DateOnly? best = null;
        for (var y = dct.Year - 1; y <= dct.Year + 1; y++)
        {
            if (!CalendarDate.IsValid(y, month, day))
            {
                continue;
            }

            var candidate = new DateOnly(y, month, day);
            if (TemporalResolver.IsoDay(candidate) == weekday
                && (best is null || Math.Abs(candidate.DayNumber - dct.DayNumber) < Math.Abs(best.Value.DayNumber - dct.DayNumber)))
            {
                best = candidate;
            }
        }

        return best;
    }
}
