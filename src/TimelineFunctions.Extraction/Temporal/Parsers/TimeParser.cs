using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Clock times: "1:30 am", "7:30 p.m. EST", "14:05", "noon", "midnight".</summary>
/// <remarks>
/// Anchored on the DCT's day (the merge refiner moves it to a date written next to it): 2024-03-26T01:30.
/// </remarks>
public sealed class TimeParser : ITimexParser
{
    public string Kind => "time";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        int hour;
        var minute = ParserHelpers.Int(match, "mi") ?? 0;
        if (match.Groups["word"].Success)
        {
            hour = TemporalLexicon.Normalize(match.Groups["word"].Value) == "midnight" ? 24 : 12;
        }
        else
        {
            hour = ParserHelpers.Int(match, "h")!.Value;
            var ampm = match.Groups["ampm"];
            if (ampm.Success)
            {
                var pm = ampm.Value[0] is 'p' or 'P';
                hour = hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour);
            }
            else if (!match.Groups["tz"].Success && !IsClockContext(match, context))
            {
                return null; // "3:2" scores, "2:1" ratios: bare h:mm needs "at" or a time zone
            }
        }

        var day = context.Dct is { } dct ? TimexValues.Day(dct) : "XXXX-XX-XX";
        var value = string.Create(CultureInfo.InvariantCulture, $"{day}T{hour:D2}:{minute:D2}");
        return ParserHelpers.Candidate(match, rule, TimexType.Time, value, Granularity.Time);
    }

    private static bool IsClockContext(Match match, TagContext context) =>
        context.PreviousWord(match.Index) is "at" or "by" or "until" or "before" or "after" or "around" or "about" or "from" or "since";
}
