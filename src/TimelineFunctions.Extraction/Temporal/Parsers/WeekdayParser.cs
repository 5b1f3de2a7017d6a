using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Weekdays: "Thursday", "last Friday", "Monday night", "a week last Sunday" (the Sunday before last); not "a Sunday".</summary>
/// <remarks>
/// Past-leaning: the most recent such day on or before the DCT (the DCT itself when it is that weekday) unless a future
/// cue precedes it ("will", "is expected to", "scheduled"), then the next on or after. A part of day is kept in <see
/// cref="TimexCandidate.PartOfDay"/>; the value stays the day. "Sunday Times" (weekday + a name from the lexicon) is
/// rejected.
/// </remarks>
public sealed class WeekdayParser : ITimexParser
{
    public string Kind => "weekday";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var group = match.Groups["weekday"];
        var weekday = ParserHelpers.LexiconNumber(match, "weekday", "weekday", context);
        if (weekday is null || !context.IsCapitalized(group.Index) || IsName(match, group, context) || IsIndefinite(match, context))
        {
            return null;
        }

        var rel = match.Groups["rel"].Success ? match.Groups["rel"] : match.Groups["wrel"];
        var word = rel.Success ? TemporalLexicon.Normalize(rel.Value) : string.Empty;
        string value;
        if (context.Dct is { } dct)
        {
            var date = word switch
            {
                "last" when TemporalResolver.WeekdayStrict(dct, weekday.Value, future: false) is var day && day == dct.AddDays(-1) => day.AddDays(-7),
                "last" or "past" or "this past" or "the previous" => TemporalResolver.WeekdayStrict(dct, weekday.Value, future: false),
                "next" or "coming" or "this coming" or "the following" or "on" => TemporalResolver.WeekdayStrict(dct, weekday.Value, future: true),
                _ => TemporalResolver.Weekday(dct, weekday.Value, context.TenseBefore(match.Index)),
            };
            // "a week last Sunday" is a week before last Sunday; "a week on Sunday", "a week next Sunday" a week after the coming one.
            value = TimexValues.Day(match.Groups["wrel"].Success ? date.AddDays(word == "last" ? -7 : 7) : date);
        }
        else
        {
            value = string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{weekday}");
        }

        var candidate = ParserHelpers.Candidate(match, rule, TimexType.Date, value, Granularity.Day);
        candidate.PartOfDay = ParserHelpers.LexiconValue(match, "pod", "part-of-day", context);
        return candidate;
    }

    /// <summary>
    /// "on a Sunday night in April", "one Tuesday": some day of that name, not the one nearest the page (`[indefinite-weekday-openers]`).
    /// </summary>
    private static bool IsIndefinite(Match match, TagContext context) =>
        !match.Groups["rel"].Success && !match.Groups["wrel"].Success
        && context.Lexicon.Contains("indefinite-weekday-openers", context.PreviousWord(match.Index));

    private static bool IsName(Match match, Group weekday, TagContext context)
    {
        if (match.Groups["pod"].Success)
        {
            var pod = match.Groups["pod"];
            if (char.IsUpper(pod.Value[0]) && context.Lexicon.Contains("weekday-name-follower", weekday.Value + " " + pod.Value + " " + context.NextWord(pod.Index + pod.Length)))
            {
                return true;
            }
        }

        var next = context.NextWord(weekday.Index + weekday.Length);
        return next.Length > 0 && char.IsUpper(next[0]) && context.Lexicon.Contains("weekday-name-follower", next);
    }
}
