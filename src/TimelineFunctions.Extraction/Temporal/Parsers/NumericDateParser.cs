using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>"10/13/2023", "05/19/24": US month/day order, day/month when the first number is above 12.</summary>
public sealed class NumericDateParser : ITimexParser
{
    public string Kind => "numeric";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var a = ParserHelpers.Int(match, "a")!.Value;
        var b = ParserHelpers.Int(match, "b")!.Value;
        var y = ParserHelpers.Int(match, "y")!.Value;
        if (match.Groups["y"].Length == 2)
        {
            // Two-digit years: the century that puts the year closest to the document (or to 2000).
            var pivot = context.Dct?.Year ?? 2000;
            y += (pivot / 100) * 100;
            if (y > pivot + 50)
            {
                y -= 100;
            }
            else if (y < pivot - 50)
            {
                y += 100;
            }
        }

        var (month, day) = a > 12 ? (b, a) : (a, b);
        if (!CalendarDate.IsValid(y, month, day))
        {
            return null;
        }

        return ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Day(new DateOnly(y, month, day)), Granularity.Day);
    }
}
