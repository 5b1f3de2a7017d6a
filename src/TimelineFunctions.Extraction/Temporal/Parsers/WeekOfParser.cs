using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>"the week of March 6": the ISO week containing that day (resolved like a month and day).</summary>
public sealed class WeekOfParser : ITimexParser
{
    private readonly CalendarDateParser _calendar = new();

    public string Kind => "weekof";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var day = _calendar.Parse(match, rule, context);
        if (day is null)
        {
            return null;
        }

        if (TimexValues.TryGetRange(day.Value, out var start, out _, out _))
        {
            day.Value = TimexValues.Week(start);
        }
        else
        {
            day.Value = "XXXX-WXX";
        }

        day.Start = match.Index;
        day.Granularity = Granularity.Week;
        return day;
    }
}
