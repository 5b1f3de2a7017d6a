using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// Recurrences (TIMEX3 SET): "every week" (P1W), "every two years" (P2Y), "each Thursday" (XXXX-WXX-4),
/// "each July" (XXXX-07), "daily" (P1D), "$5 a year" (P1Y).
/// </summary>
public sealed class SetParser : ITimexParser
{
    public string Kind => "set";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        string? value;
        if (match.Groups["adv"].Success)
        {
            value = ParserHelpers.LexiconValue(match, "adv", "set-adverb", context);
        }
        else if (match.Groups["weekday"].Success)
        {
            value = string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{ParserHelpers.LexiconNumber(match, "weekday", "weekday", context)}");
        }
        else if (match.Groups["month"].Success)
        {
            var month = ParserHelpers.LexiconNumber(match, "month", "month", context);
            value = month is { } m && context.IsCapitalized(match.Groups["month"].Index) ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{m:D2}") : null;
        }
        else if (match.Groups["season"].Success)
        {
            value = "XXXX-" + ParserHelpers.LexiconValue(match, "season", "season", context);
        }
        else
        {
            var unit = ParserHelpers.UnitCode(match, context);
            double? amount = 1;
            if (match.Groups["num"].Success && !ParserHelpers.TryNumber(match.Groups["num"].Value, context, out amount))
            {
                return null;
            }

            value = unit is null ? null : ParserHelpers.Duration(amount ?? 1, unit);
        }

        return value is null ? null : ParserHelpers.Candidate(match, rule, TimexType.Set, value, null);
    }
}
