using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// "year-earlier", "the year-ago quarter", "the comparable year-ago period": the year before the DCT.
/// </summary>
/// <remarks>
/// The year-ago refiner turns it into the quarter a year before when the sentence is about a quarter.
/// </remarks>
public sealed class YearAgoParser : ITimexParser
{
    public string Kind => "yearago";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var value = context.Dct is { } dct ? TimexValues.Year(dct.Year - 1) : "XXXX";
        return ParserHelpers.Candidate(match, rule, TimexType.Date, value, Granularity.Year);
    }
}
