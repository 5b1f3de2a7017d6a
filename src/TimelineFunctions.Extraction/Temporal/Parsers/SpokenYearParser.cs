using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Years read out in transcripts: "nineteen ninety-four" → 1994.</summary>
public sealed class SpokenYearParser : ITimexParser
{
    public string Kind => "spokenyear";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        if (!ParserHelpers.TryNumber(match.Groups["hi"].Value, context, out var hi) || !ParserHelpers.TryNumber(match.Groups["lo"].Value, context, out var lo)
            || hi is null || lo is null)
        {
            return null;
        }

        var year = (int)((hi.Value * 100) + lo.Value);
        return ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Year(year), Granularity.Year);
    }
}
