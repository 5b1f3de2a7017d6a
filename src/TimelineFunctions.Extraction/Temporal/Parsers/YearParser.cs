using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Four-digit years ("in 2001", "fiscal 1989").</summary>
/// <remarks>
/// Rejects quantities ("1500 troops", "2000 percent"), years that are part of a name ("Key Bridge Response 2024") and,
/// outside 1900 to 30 years after the DCT, numbers without a year-like preposition before them ("in 1848").
/// </remarks>
public sealed class YearParser : ITimexParser
{
    public string Kind => "year";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var yearGroup = match.Groups["year"];
        var year = ParserHelpers.Int(match, "year")!.Value;
        var after = context.NextWord(match.Index + match.Length);
        var end = match.Index + match.Length;
        if (end < context.Text.Length && context.Text[end] == '%')
        {
            return null;
        }

        if (after.Length > 0 && context.Lexicon.Contains("not-year-follower", after))
        {
            return null;
        }

        if (rule.Name == "year" && IsPartOfName(context, yearGroup.Index))
        {
            return null;
        }

        if (rule.Name == "year")
        {
            var latest = (context.Dct?.Year ?? 2030) + 30;
            if (year < 1900 || year > latest)
            {
                var previous = context.PreviousWord(yearGroup.Index);
                if (!context.Lexicon.Contains("month-preposition", previous) && previous is not ("year" or "circa" or "c"))
                {
                    return null;
                }
            }
        }

        return ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Year(year), Granularity.Year);
    }

    /// <summary>
    /// A bare year right after a capitalized word that is no preposition, month or day names something ("Key Bridge
    /// Response 2024", "Vision 2030", "Euro 2024"): the number is part of the name, not a date.
    /// </summary>
    private static bool IsPartOfName(TagContext context, int yearIndex)
    {
        var text = context.Text;
        var end = yearIndex;
        if (end == 0 || text[end - 1] != ' ')
        {
            return false;
        }

        end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var previous = context.PreviousWord(yearIndex); // lower case
        return end - start > 1
            && char.IsUpper(text[start])
            && !context.Lexicon.Contains("month-preposition", previous)
            && !context.Lexicon.Contains("month", previous)
            && !context.Lexicon.Contains("weekday", previous);
    }
}
