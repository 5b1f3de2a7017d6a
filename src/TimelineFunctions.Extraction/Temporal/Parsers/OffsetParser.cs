using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// "two days ago", "five years earlier", "three weeks from now": the DCT moved by the amount, at the unit's granularity
/// (days → day, weeks → ISO week, months → month, years → year).
/// </summary>
/// <remarks>
/// Vague amounts ("several years ago") give PAST_REF / FUTURE_REF.
/// </remarks>
public sealed class OffsetParser : ITimexParser
{
    public string Kind => "offset";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var unit = ParserHelpers.UnitCode(match, context);
        if (unit is null || !ParserHelpers.TryNumber(match.Groups["num"].Value, context, out var amount))
        {
            return null;
        }

        var dir = TemporalLexicon.Normalize(match.Groups["dir"].Value);
        var sign = dir is "from now" or "hence" ? 1 : -1;
        if (amount is not { } n || context.Dct is not { } dct)
        {
            var vague = sign < 0 ? "PAST_REF" : "FUTURE_REF";
            return ParserHelpers.Candidate(match, rule, TimexType.Date, vague, null);
        }

        var whole = (int)Math.Round(n) * sign;
        var candidate = unit switch
        {
            "TS" or "TM" or "TH" => ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Day(dct), Granularity.Day),
            "D" => ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Day(dct.AddDays(whole)), Granularity.Day),
            "W" or "2W" or "WE" => ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Week(dct.AddDays(7 * whole * (unit == "2W" ? 2 : 1))), Granularity.Week),
            "M" => Month(match, rule, dct.AddMonths(whole)),
            "Q" => Month(match, rule, dct.AddMonths(3 * whole)),
            "10Y" => ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Year(dct.Year + (10 * whole)), Granularity.Year),
            "100Y" => ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Century(dct.Year + (100 * whole)), Granularity.Century),
            _ => ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Year(dct.Year + whole), Granularity.Year),
        };
        return candidate;
    }

    private static TimexCandidate Month(Match match, TemporalRule rule, DateOnly d) =>
        ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Month(d.Year, d.Month), Granularity.Month);
}
