using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// Quarters and halves: "the third quarter", "third-quarter", "Q3 2023", "2023 Q3", "the first half of 2022", "next
/// year's first quarter".
/// </summary>
/// <remarks>
/// Without a year: the latest such period that has started by the DCT, or with a future cue the next one.
/// </remarks>
public sealed class QuarterParser : ITimexParser
{
    public string Kind => "quarter";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var kind = match.Groups["qh"].Value;
        var isHalf = kind.StartsWith('h') || kind.StartsWith('H');
        int? index = ParserHelpers.Int(match, "qn");
        if (index is null)
        {
            index = TemporalLexicon.Normalize(match.Groups["q"].Value) switch
            {
                "first" or "1st" => 1,
                "second" or "2nd" => 2,
                "third" or "3rd" => 3,
                "fourth" or "4th" => 4,
                _ => null,
            };
        }
        else if (!char.IsUpper(kind[0]))
        {
            return null; // "q3", "h1": not a quarter code
        }

        var periods = isHalf ? 2 : 4;
        if (index is null || index > periods)
        {
            return null;
        }

        int? year = ParserHelpers.Int(match, "year");
        if (year is null && match.Groups["yy"].Success)
        {
            year = 2000 + ParserHelpers.Int(match, "yy")!.Value;
        }

        if (year is null && context.Dct is { } dct)
        {
            var yrel = match.Groups["yrel"];
            year = yrel.Success
                ? dct.Year + CalendarDateParser.Relative(yrel.Value, context)
                : TemporalResolver.PeriodYear(dct, index.Value, periods, Tense.Past);
        }

        var value = year is { } y
            ? (isHalf ? TimexValues.Half(y, index.Value) : TimexValues.Quarter(y, index.Value))
            : (isHalf ? "XXXX-H" : "XXXX-Q") + index.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ParserHelpers.Candidate(match, rule, TimexType.Date, value, Granularity.Quarter);
    }
}
