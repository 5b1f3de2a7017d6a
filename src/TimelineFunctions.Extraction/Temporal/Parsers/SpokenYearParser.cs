using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Years read out in transcripts: "nineteen ninety-four" → 1994, "the year two thousand" → 2000.</summary>
public sealed class SpokenYearParser : ITimexParser
{
    public string Kind => "spokenyear";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        if (match.Groups["thousand"].Success)
        {
            var plus = 0d;
            if (match.Groups["lo"].Success && (!ParserHelpers.TryNumber(match.Groups["lo"].Value, context, out var lo0) || lo0 is not { } l0 || (plus = l0) < 0))
            {
                return null;
            }

            return ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Year(2000 + (int)plus), Granularity.Year);
        }

        if (!ParserHelpers.TryNumber(match.Groups["hi"].Value, context, out var hi) || !ParserHelpers.TryNumber(match.Groups["lo"].Value, context, out var lo)
            || hi is null || lo is null)
        {
            return null;
        }

        var year = (int)((hi.Value * 100) + lo.Value);
        return ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Year(year), Granularity.Year);
    }
}
