using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// The day a page with no date is written about, from its own count of days: on a page that says the tunnel
/// "collapsed on the morning of November 12", "as the rescue operation entered its 10th day on Tuesday" makes that
/// Tuesday 21 November, counting 12 November as the first day. The page's other weekdays are then the days of the week
/// before it: its "on Monday" is 20 November.
/// </summary>
/// <remarks>
/// The count runs from the earliest month and day the page names without a year: a count of days runs from the
/// story's beginning, which a page recalls. The year stays unknown here; the merge gives it from the story's other
/// articles, and keeps a day only when that year puts it on the weekday the text names
/// (<c>YearlessDays</c> in the application), which catches a count read from the wrong start. The clause of the count
/// itself tells how long something has lasted, not what happened: with no event word of its own it is no event.
/// </remarks>
public sealed record ElapsedDayCount(YearlessDay Day, int Start, int Length)
{
    private static readonly TemporalLexicon Lexicon = TemporalLexicon.Default;

    private static readonly string Ordinal = $@"(?:(?<digits>\d{{1,3}})(?:st|nd|rd|th)|(?<word>{Lexicon.Alternation("ordinal")}))";
    private static readonly string Weekday = $"(?<weekday>{Lexicon.Alternation("weekday")})";

    // "(entered) its 10th day on Tuesday", "the third day this Sunday"; "Tuesday, the 10th day of"; "Tuesday was the tenth day".
    private static readonly Regex Count = new(
        $@"\b(?:its|the|a)\s+{Ordinal}\s+day\s+(?:on|this)\s+{Weekday}\b|\b{Weekday}\s*(?:,|\s(?:was|is|marked|marks))\s+(?:the|its)\s+{Ordinal}\s+day\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <summary>
    /// The page's count of days and the day it names, without a year, or null when the page counts no day on a
    /// weekday or names no month and day to count from.
    /// </summary>
    public static ElapsedDayCount? Find(string text, IReadOnlyList<TemporalExpression> timexes)
    {
        if (Count.Match(text) is not { Success: true } count)
        {
            return null;
        }

        var start = timexes.Select(t => YearlessDay.Parse(t.Value)).OfType<YearlessDay>().MinBy(d => (d.Month, d.Day));
        var n = int.Parse(count.Groups["digits"].Success ? count.Groups["digits"].Value : Lexicon.Get("ordinal", count.Groups["word"].Value)!, CultureInfo.InvariantCulture);
        if (start is null || n < 1)
        {
            return null;
        }

        var weekday = TemporalResolver.FromIsoDay(int.Parse(Lexicon.Get("weekday", count.Groups["weekday"].Value)!, CultureInfo.InvariantCulture));
        return new ElapsedDayCount(start.AddDays(n - 1) with { Weekday = weekday }, count.Index, count.Length);
    }
}
