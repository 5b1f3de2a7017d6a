using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// "this week" (the ISO week containing the DCT, e.g. 2023-W41), "last month", "next year", "the past year", "this
/// quarter", "the latest quarter" (the last completed one), "this weekend", "the last decade", "this century".
/// </summary>
/// <remarks>
/// Title case ("ABC's This Week") is a name and is rejected.
/// </remarks>
public sealed class RelativeUnitParser : ITimexParser
{
    public string Kind => "relunit";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var unitGroup = match.Groups["unit"];
        if (char.IsUpper(unitGroup.Value[0]) && match.Value.Any(char.IsLower))
        {
            return null; // "This Week", "Next Year": a title, not a date
        }

        var rel = TemporalLexicon.Normalize(match.Groups["rel"].Value);
        var unit = TemporalLexicon.Normalize(match.Groups["unit"].Value);
        var offset = rel switch
        {
            "last" or "past" or "previous" or "prior" or "this past" or "latest" => -1,
            "next" or "coming" or "following" => 1,
            _ => 0,
        };
        if (unit == "quarter" && rel == "latest")
        {
            offset = -1;
        }

        var (value, granularity) = Resolve(context.Dct, unit, offset);
        return ParserHelpers.Candidate(match, rule, TimexType.Date, value, granularity);
    }

    internal static (string Value, Granularity Granularity) Resolve(DateOnly? dct, string unit, int offset)
    {
        if (dct is not { } d)
        {
            return unit switch
            {
                "week" => ("XXXX-WXX", Granularity.Week),
                "weekend" => ("XXXX-WXX-WE", Granularity.Week),
                "month" => ("XXXX-XX", Granularity.Month),
                "quarter" => ("XXXX-QX", Granularity.Quarter),
                "half" => ("XXXX-HX", Granularity.Quarter),
                "decade" => ("XXX", Granularity.Decade),
                "century" => ("XX", Granularity.Century),
                "day" => ("XXXX-XX-XX", Granularity.Day),
                _ => ("XXXX", Granularity.Year),
            };
        }

        switch (unit)
        {
            case "day":
                return (TimexValues.Day(d.AddDays(offset)), Granularity.Day);
            case "week":
                return (TimexValues.Week(d.AddDays(7 * offset)), Granularity.Week);
            case "weekend":
                return (TimexValues.Week(d.AddDays(7 * offset)) + "-WE", Granularity.Week);
            case "month":
                var m = d.AddMonths(offset);
                return (TimexValues.Month(m.Year, m.Month), Granularity.Month);
            case "quarter":
                var q = d.AddMonths(3 * offset);
                return (TimexValues.Quarter(q.Year, TimexValues.QuarterOf(q)), Granularity.Quarter);
            case "half":
                var h = d.AddMonths(6 * offset);
                return (TimexValues.Half(h.Year, h.Month <= 6 ? 1 : 2), Granularity.Quarter);
            case "decade":
                return (TimexValues.Decade(d.Year + (10 * offset)), Granularity.Decade);
            case "century":
                return (TimexValues.Century(d.Year + (100 * offset)), Granularity.Century);
            default:
                return (TimexValues.Year(d.Year + offset), Granularity.Year);
        }
    }
}
