using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Decides when an event happened.</summary>
/// <remarks>
/// The expression that governs it is the resolved date nearest its trigger inside its clause (durations, sets and vague
/// references like "now" date nothing). A statement without a date of its own was made when it was reported: the
/// publication date of its block.
/// </remarks>
public static partial class EventDater
{
    /// <summary>
    /// The resolved date in [start, end) nearest <paramref name="anchor"/>, the earlier on a tie, the first listed on a
    /// full tie (what a stable sort by distance, then start, puts first); one pass, as it runs for every clause.
    /// </summary>
    /// <remarks>
    /// A time of day right beside a day ("shortly before 11pm last night", "at 9am on Saturday") is that day's: the day
    /// governs in its place.
    /// </remarks>
    public static TemporalExpression? Governing(IEnumerable<TemporalExpression> timexes, int start, int end, int anchor)
    {
        TemporalExpression? best = null;
        var bestDistance = 0;
        foreach (var t in timexes)
        {
            if (t.Start < start || t.End > end || !t.IsResolvedDate)
            {
                continue;
            }

            var distance = Math.Min(Math.Abs(t.Start - anchor), Math.Abs(t.End - anchor));
            if (best is null || distance < bestDistance || (distance == bestDistance && t.Start < best.Start))
            {
                (best, bestDistance) = (t, distance);
            }
        }

        if (best is not null && IsClockOnly(best))
        {
            // Rare enough for a second pass.
            foreach (var t in timexes)
            {
                if (t.Start >= start && t.End <= end && t.IsResolvedDate && !IsClockOnly(t) && IsBeside(best, t))
                {
                    return t;
                }
            }
        }

        return best;
    }

    /// <summary>Whether two expressions stand at most <see cref="MaxCharsBeside"/> characters apart, in either order.</summary>
    private static bool IsBeside(TemporalExpression a, TemporalExpression b) =>
        Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End) is >= 0 and <= MaxCharsBeside;

    /// <summary>"11pm last night", "9am on Saturday": a space, or a preposition and its spaces.</summary>
    private const int MaxCharsBeside = 4;

    /// <summary>
    /// A day or time the text names but nothing anchors ("on Monday evening" in an article without a date): its
    /// value keeps an unknown year ("XXXX-WXX-1").
    /// </summary>
    public static bool IsUnanchored(TemporalExpression timex) =>
        timex.Type is TimexType.Date or TimexType.Time && !timex.IsResolvedDate && timex.Value.StartsWith("XXXX", StringComparison.Ordinal);

    /// <summary>The day of the week an unanchored expression in [start, end) names ("Tuesday morning": XXXX-WXX-2), or null.</summary>
    public static DayOfWeek? UnanchoredWeekday(IEnumerable<TemporalExpression> timexes, int start, int end)
    {
        foreach (var timex in timexes)
        {
            if (timex.Start >= start && timex.End <= end && IsUnanchored(timex) && WeekdayValue().Match(timex.Value) is { Success: true } day)
            {
                return TemporalResolver.FromIsoDay(int.Parse(day.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    [GeneratedRegex(@"\AXXXX-WXX-([1-7])")]
    private static partial Regex WeekdayValue();

    /// <summary>The month and day an unanchored expression in [start, end) names without a year ("November 27": XXXX-11-27), nearest <paramref name="anchor"/>, or null.</summary>
    public static YearlessDay? UnanchoredDay(IEnumerable<TemporalExpression> timexes, int start, int end, int anchor) =>
        timexes
            .Where(t => t.Start >= start && t.End <= end && IsUnanchored(t))
            .OrderBy(t => Math.Min(Math.Abs(t.Start - anchor), Math.Abs(t.End - anchor)))
            .Select(t => YearlessDay.Parse(t.Value))
            .FirstOrDefault(d => d is not null);

    /// <summary>
    /// The date <paramref name="timex"/> gives a clause whose day the text is about (<paramref name="referenceTime"/>):
    /// a clock time alone ("At 07:42 the crew reported smoke", "left at 06:55") is a time of that day, not of the last
    /// date the text happened to mention ("the engine fire of February 10"), which the tagger anchors it to.
    /// </summary>
    public static EventDate FromExpression(TemporalExpression timex, DateOnly? referenceTime) =>
        referenceTime is { } day && IsClockOnly(timex)
            ? new EventDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Granularity.Day, day, day, [timex.Text])
            : FromExpression(timex);

    /// <summary>Whether the expression is a time of day and nothing else ("07:42", "6:40 a.m.", "1400 GMT", "noon").</summary>
    public static bool IsClockOnly(TemporalExpression timex) =>
        timex.Type == TimexType.Time && ClockOnly().IsMatch(timex.Text);

    [GeneratedRegex(@"\A(?:(?:at|around|about|by|shortly (?:before|after))\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|\d{4}|noon|midnight)(?:\s*(?:local time|hrs|hours|GMT|UTC|[A-Z]{2,4}T))?\z", RegexOptions.IgnoreCase)]
    private static partial Regex ClockOnly();

    public static EventDate FromExpression(TemporalExpression timex)
    {
        var granularity = timex.Granularity is null or Granularity.Time ? Granularity.Day : timex.Granularity.Value;
        var value = timex.Type == TimexType.Time || timex.Value.Contains('T', StringComparison.Ordinal)
            ? timex.RangeStart!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : timex.Value;
        return new EventDate(value, granularity, timex.RangeStart!.Value, timex.RangeEnd!.Value, [timex.Text]);
    }

    /// <summary>The event date of one whole day: a sentence dated by its reference time or its article's date, not by a time phrase.</summary>
    public static EventDate OnDay(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Granularity.Day, date, date, []);

    /// <summary>The document creation time (publication date) that relative dates at <paramref name="offset"/> resolve against.</summary>
    public static DateOnly? DctAt(PublicationDating dating, int offset) =>
        dating.Blocks.FirstOrDefault(b => offset >= b.Start && offset < b.Start + b.Length)?.Reference.Date ?? dating.Date?.Date;
}
