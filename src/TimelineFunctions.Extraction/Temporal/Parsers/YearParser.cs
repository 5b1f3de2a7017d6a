using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Four-digit years ("in 2001", "fiscal 1989").</summary>
/// <remarks>
/// Rejects quantities ("1500 troops", "2000 percent"), years that are part of a name ("Key Bridge Response 2024") and,
/// outside 1900 to 30 years after the DCT, numbers without a year-like preposition before them ("in 1848"), and
/// clock times ("between 1040 and 1050", a live page's "2034 The televangelist …").
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

        if (rule.Name == "year" && !IsYearInContext(context, year, yearGroup.Index))
        {
            return null;
        }

        return ParserHelpers.Candidate(match, rule, TimexType.Date, TimexValues.Year(year), Granularity.Year);
    }

    /// <summary>
    /// Whether a bare four-digit number is a year where it stands. One before 1900 or more than 30 years after the DCT
    /// needs a word before it that takes a year ("in 1848"). One that reads as a clock time is a time after "at"
    /// (<c>[clock-only-preposition]</c>: "polls will close at 2000"), at the start of a line before a capitalized word
    /// (a live page's stamp: "2034 The televangelist Pat Robertson claims …") and, before 1900, after a word that takes
    /// a time (<c>[clock-preposition]</c>: "between 1040 and 1050", "shortly after 1100", "from 297 to 1051").
    /// </summary>
    private static bool IsYearInContext(TagContext context, int year, int index)
    {
        if (IsClockTime(year) && (IsLineStamp(context, index) || context.Lexicon.Contains("clock-only-preposition", context.PreviousWord(index))))
        {
            return false;
        }

        var latest = (context.Dct?.Year ?? 2030) + 30;
        if (year >= 1900 && year <= latest)
        {
            return true;
        }

        var previous = context.PreviousWord(index);
        if (!context.Lexicon.Contains("month-preposition", previous) && previous is not ("year" or "circa" or "c"))
        {
            return false;
        }

        return year >= 1900 || !IsClockTime(year) || !context.Lexicon.Contains("clock-preposition", previous);
    }

    /// <summary>A number that opens a line and runs straight into a capitalized word: "2021 President Rene Preval says".</summary>
    private static bool IsLineStamp(TagContext context, int index)
    {
        var text = context.Text;
        var start = index;
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        var end = index + 4;
        return (start == 0 || text[start - 1] == '\n') && end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
    }

    /// <summary>Whether a four-digit number reads as a 24-hour clock time ("1040": 10:40).</summary>
    private static bool IsClockTime(int number) => number / 100 <= 23 && number % 100 <= 59;

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
