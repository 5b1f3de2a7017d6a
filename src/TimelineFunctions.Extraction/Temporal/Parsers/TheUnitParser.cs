using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// Definite calendar units used anaphorically in news: "the year" (the DCT's year), "the week", "the month",
/// "the day", and "the quarter" (the last completed quarter, as in earnings reports).
/// </summary>
public sealed class TheUnitParser : ITimexParser
{
    public string Kind => "theunit";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var unit = TemporalLexicon.Normalize(match.Groups["unit"].Value);
        var (value, granularity) = RelativeUnitParser.Resolve(context.Dct, unit, unit == "quarter" ? -1 : 0);
        return ParserHelpers.Candidate(match, rule, TimexType.Date, value, granularity);
    }
}
