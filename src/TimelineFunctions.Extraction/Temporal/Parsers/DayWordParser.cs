using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// "today", "yesterday", "tomorrow", "tonight", "the day before yesterday"; with a part of day ("yesterday morning",
/// "last night", "this afternoon") a TIMEX3 TIME with a TimeML part-of-day value (2024-03-28TMO).
/// </summary>
/// <remarks>
/// Generic "today's" before a noun ("today's youth") is dropped, and so is a capitalized day word after a capitalized
/// word ("Hallowdene Today", "USA Today"): the name of a broadcaster or a paper.
/// </remarks>
public sealed class DayWordParser : ITimexParser
{
    public string Kind => "dayword";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var word = TemporalLexicon.Normalize(match.Groups["dw"].Value);
        var end = match.Index + match.Length;
        if (word == "today" && !match.Groups["pod"].Success && end + 1 < context.Text.Length && context.Text[end] is '\'' or '\u2019' && context.Text[end + 1] == 's'
            && context.NextWord(end + 2) is { Length: > 0 } noun && char.IsLower(noun[0]))
        {
            return null; // "today's world": generic, not the DCT
        }

        var dayWord = match.Groups["dw"];
        if (context.IsCapitalized(dayWord.Index) && context.FollowsCapitalizedWord(dayWord.Index))
        {
            return null; // "the broadcaster Hallowdene Today": a name
        }

        var pod = ParserHelpers.LexiconValue(match, "pod", "part-of-day", context);
        var offset = word switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            "last" => pod == "NI" ? -1 : int.MinValue,
            _ => 0,
        };
        if (offset == int.MinValue)
        {
            return null; // "last morning" is not an expression
        }

        if (match.Groups["dir"].Success)
        {
            offset += match.Groups["dir"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        }

        if (word == "tonight")
        {
            pod ??= "NI";
        }

        string value = context.Dct is { } dct ? TimexValues.Day(dct.AddDays(offset)) : offset switch
        {
            0 => "PRESENT_REF",
            _ => "XXXX-XX-XX",
        };
        var timeOfDay = match.Groups["pod"].Success && value.Length == 10;
        var candidate = ParserHelpers.Candidate(match, rule, timeOfDay ? TimexType.Time : TimexType.Date, timeOfDay ? value + "T" + pod : value, Granularity.Day);
        candidate.PartOfDay = pod;
        return candidate;
    }
}
