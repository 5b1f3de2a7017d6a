using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// Named holidays from the lexicon ("Christmas", "Thanksgiving", "last Christmas", "Christmas 2022").
/// </summary>
/// <remarks>
/// Without a year: the nearest occurrence with a past bias, like a month and day.
/// </remarks>
public sealed class HolidayParser : ITimexParser
{
    public string Kind => "holiday";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var holiday = match.Groups["holiday"];
        var rule0 = ParserHelpers.LexiconValue(match, "holiday", "holiday", context);
        if (rule0 is null || !context.IsCapitalized(holiday.Index))
        {
            return null;
        }

        var year = ParserHelpers.Int(match, "year");
        var rel = match.Groups["rel"];
        var dct = context.Dct;
        DateOnly? date = null;
        if (year is { } y)
        {
            date = On(rule0, y);
        }
        else if (dct is { } anchor)
        {
            var prev = On(rule0, anchor.Year) is { } s && s <= anchor ? s : On(rule0, anchor.Year - 1);
            var next = On(rule0, anchor.Year) is { } n && n >= anchor ? n : On(rule0, anchor.Year + 1);
            var relative = rel.Success ? CalendarDateParser.Relative(rel.Value, context) : 0;
            date = relative switch
            {
                < 0 => prev == anchor ? On(rule0, anchor.Year - 1) : prev,
                > 0 => next == anchor ? On(rule0, anchor.Year + 1) : next,
                _ => rel.Success ? On(rule0, anchor.Year) : Nearest(anchor, prev, next, context.TenseBefore(match.Index, pastParticiples: false)),
            };
        }

        var value = date is { } d ? TimexValues.Day(d) : "XXXX-" + (rule0.Length > 5 ? rule0[..3] + "XX" : rule0[..5]);
        return ParserHelpers.Candidate(match, rule, TimexType.Date, value, Granularity.Day);
    }

    private static DateOnly? Nearest(DateOnly dct, DateOnly? prev, DateOnly? next, Tense tense)
    {
        if (prev is not { } p || next is not { } n)
        {
            return prev ?? next;
        }

        return tense == Tense.Future || (tense == Tense.Neutral && (n.DayNumber - dct.DayNumber) * 2 < dct.DayNumber - p.DayNumber) ? n : p;
    }

    /// <summary>"MM-DD" (fixed) or "MM-DD:w" (first ISO weekday w on or after MM-DD) in a year.</summary>
    private static DateOnly? On(string rule, int year)
    {
        var month = int.Parse(rule.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(rule.AsSpan(3, 2), CultureInfo.InvariantCulture);
        var date = new DateOnly(year, month, day);
        if (rule.Length > 6)
        {
            var weekday = rule[6] - '0';
            date = date.AddDays((weekday - TemporalResolver.IsoDay(date) + 7) % 7);
        }

        return date;
    }
}
