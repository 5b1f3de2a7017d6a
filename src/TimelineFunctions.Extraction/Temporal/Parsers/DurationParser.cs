using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// Durations: "25 years" (P25Y), "20 minutes" (PT20M), "a 150-year sentence" (P150Y), "the past two years", "several
/// months" (PXM), "decades-long", bare plurals "weeks" (PXW).
/// </summary>
/// <remarks>
/// "for" is not part of the span.
/// </remarks>
public sealed class DurationParser : ITimexParser
{
    public string Kind => "duration";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var unit = ParserHelpers.UnitCode(match, context);
        if (unit is null)
        {
            return null;
        }

        var unitGroup = match.Groups["unit"];
        var after = context.NextWord(match.Index + match.Length);
        if ((unit == "Q" && after.Equals("of", StringComparison.OrdinalIgnoreCase)) || (char.IsUpper(unitGroup.Value[0]) && unitGroup.Index > match.Index && !IsAllCaps(context, match)))
        {
            return null; // "three-quarters of", "60 Minutes" (a name)
        }

        double? amount = null;
        var num = match.Groups["num"];
        if (num.Success)
        {
            if (!ParserHelpers.TryNumber(num.Value, context, out amount))
            {
                return null;
            }

            var unitWord = match.Groups["unit"].Value;
            var article = TemporalLexicon.Normalize(num.Value) is "a" or "an";
            if (article && (unit is "TS" || !match.Groups["rel"].Success && IsIdiom(match, context)))
            {
                return null; // "a second time", "a day later"-style idioms are handled elsewhere or are not durations
            }

            if (amount is null && unitWord.EndsWith('s') is false)
            {
                return null; // "some day"
            }
        }
        else if (!IsPlural(match.Groups["unit"].Value))
        {
            return null;
        }

        return ParserHelpers.Candidate(match, rule, TimexType.Duration, ParserHelpers.Duration(amount, unit), null);
    }

    private static bool IsAllCaps(TagContext context, Match match)
    {
        foreach (var c in context.Text.AsSpan(match.Index, match.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlural(string word) => word.EndsWith('s') || word.EndsWith("ies", StringComparison.Ordinal);

    private static bool IsIdiom(Match match, TagContext context)
    {
        var previous = context.PreviousWord(match.Index);
        return previous is "once" or "twice" or "times" or "per";
    }
}
