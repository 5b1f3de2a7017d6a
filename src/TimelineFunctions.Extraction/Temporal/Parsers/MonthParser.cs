using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Month names: "January 1998", "June last year", "last July", "in April".</summary>
/// <remarks>
/// A bare month must be capitalised and, for words that are also verbs or abbreviations ("May", "March"), follow a
/// preposition such as "in" or "since".
/// </remarks>
public sealed class MonthParser : ITimexParser
{
    public string Kind => "month";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var monthGroup = match.Groups["month"];
        var month = ParserHelpers.LexiconNumber(match, "month", "month", context);
        if (month is null || !context.IsCapitalized(monthGroup.Index))
        {
            return null;
        }

        var year = ParserHelpers.Int(match, "year");
        var yrel = match.Groups["yrel"];
        var rel = match.Groups["rel"];
        if (year is null && !yrel.Success && !rel.Success && !IsBareMonthDate(match, monthGroup, context))
        {
            return null;
        }

        var yearGuessed = false;
        if (year is null && context.Dct is { } dct)
        {
            if (yrel.Success)
            {
                year = dct.Year + CalendarDateParser.Relative(yrel.Value, context);
            }
            else if (rel.Success)
            {
                var word = TemporalLexicon.Normalize(rel.Value);
                year = word == "this"
                    ? dct.Year
                    : TemporalResolver.MonthYearStrict(dct, month.Value, future: word is "next" or "coming" or "this coming");
            }
            else
            {
                // Nearest occurrence, past-leaning (see TemporalResolver); explicit cues decide.
                var tense = context.TenseBefore(match.Index, pastParticiples: false);
                year = TemporalResolver.MonthYear(dct, month.Value, tense);
                yearGuessed = tense == Tense.Neutral && month.Value != dct.Month;
            }
        }

        var value = year is { } y ? TimexValues.Month(y, month.Value) : "XXXX-" + month.Value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        var candidate = ParserHelpers.Candidate(match, rule, TimexType.Date, value, Granularity.Month);
        candidate.IsYearGuessed = yearGuessed;
        return candidate;
    }

    private static bool IsBareMonthDate(Match match, Group monthGroup, TagContext context)
    {
        var text = monthGroup.Value;
        if (text.Length > 1 && text.Length <= 4 && !text.Any(char.IsLower))
        {
            return false; // "MAY", "DEC" in capitals: acronyms more often than months
        }

        var bare = text.TrimEnd('.');
        if (text.EndsWith('.') || context.Lexicon.Contains("month-abbreviation", bare))
        {
            return false;
        }

        var previous = context.PreviousWord(match.Index);
        if (context.Lexicon.Contains("month-preposition", previous))
        {
            return true;
        }

        if (context.Lexicon.Contains("ambiguous-month", bare))
        {
            return false;
        }

        // "April Smith": a following capitalised word makes the month a name.
        var next = context.NextWord(match.Index + match.Length);
        return next.Length == 0 || !char.IsUpper(next[0]) || context.Lexicon.Contains("month", next) || context.Lexicon.Contains("weekday", next);
    }
}
