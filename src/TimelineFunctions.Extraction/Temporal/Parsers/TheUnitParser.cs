using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// Definite calendar units used anaphorically in news: "the year" (the DCT's year), "the week", "the month", and "the
/// quarter" (the last completed quarter, as in earnings reports).
/// </summary>
/// <remarks>
/// "the year ended/ending ..." is a fiscal year named by its end: a one-year DURATION. "the weekend" is the latest
/// weekend (the DCT's own when it falls on one), or with a future cue the next.
/// </remarks>
public sealed class TheUnitParser : ITimexParser
{
    public string Kind => "theunit";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var unit = TemporalLexicon.Normalize(match.Groups["unit"].Value);
        if (unit == "year" && context.NextWord(match.Index + match.Length) is "ended" or "ending")
        {
            return ParserHelpers.Candidate(match, rule, TimexType.Duration, "P1Y", null);
        }

        var offset = unit == "quarter" ? -1 : 0;
        if (unit == "weekend" && context.Dct is { } dct && TemporalResolver.IsoDay(dct) < 6)
        {
            offset = context.TenseBefore(match.Index) == Tense.Future ? 0 : -1;
        }

        var (value, granularity) = RelativeUnitParser.Resolve(context.Dct, unit, offset);
        return ParserHelpers.Candidate(match, rule, TimexType.Date, value, granularity);
    }
}
