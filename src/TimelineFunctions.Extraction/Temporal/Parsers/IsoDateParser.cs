using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>"2023-10-12" and "2023-10-12T14:30".</summary>
public sealed class IsoDateParser : ITimexParser
{
    public string Kind => "iso";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var year = ParserHelpers.Int(match, "year")!.Value;
        var month = ParserHelpers.Int(match, "m")!.Value;
        var day = ParserHelpers.Int(match, "d")!.Value;
        if (!CalendarDate.IsValid(year, month, day))
        {
            return null;
        }

        var date = TimexValues.Day(new DateOnly(year, month, day));
        if (match.Groups["hh"].Success)
        {
            var value = string.Create(CultureInfo.InvariantCulture, $"{date}T{match.Groups["hh"].Value}:{match.Groups["mi"].Value}");
            return ParserHelpers.Candidate(match, rule, TimexType.Time, value, Granularity.Time);
        }

        return ParserHelpers.Candidate(match, rule, TimexType.Date, date, Granularity.Day);
    }
}
