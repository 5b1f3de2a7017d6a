using System.Globalization;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Decides when an event happened. The expression that governs it is the resolved date nearest its trigger
/// inside its clause (durations, sets and vague references like "now" date nothing). A statement without a date
/// of its own was made when it was reported: the publication date of its block.
/// </summary>
public static class EventDater
{
    public static TemporalExpression? Governing(IEnumerable<TemporalExpression> timexes, int start, int end, int anchor) =>
        timexes
            .Where(t => t.Start >= start && t.End <= end && t.IsResolvedDate)
            .OrderBy(t => Math.Min(Math.Abs(t.Start - anchor), Math.Abs(t.End - anchor)))
            .ThenBy(t => t.Start)
            .FirstOrDefault();

    /// <summary>
    /// A day or time the text names but nothing anchors ("on Monday evening" in an article without a date): its
    /// value keeps an unknown year ("XXXX-WXX-1").
    /// </summary>
    public static bool IsUnanchored(TemporalExpression timex) =>
        timex.Type is TimexType.Date or TimexType.Time && !timex.IsResolvedDate && timex.Value.StartsWith("XXXX", StringComparison.Ordinal);

    public static EventDate FromExpression(TemporalExpression timex)
    {
        var granularity = timex.Granularity is null or Granularity.Time ? Granularity.Day : timex.Granularity.Value;
        var value = timex.Type == TimexType.Time || timex.Value.Contains('T', StringComparison.Ordinal)
            ? timex.RangeStart!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : timex.Value;
        return new EventDate(value, granularity, timex.RangeStart!.Value, timex.RangeEnd!.Value, [timex.Text]);
    }

    public static EventDate FromReference(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Granularity.Day, date, date, []);

    /// <summary>The publication date that relative dates at <paramref name="offset"/> resolve against.</summary>
    public static DateOnly? ReferenceAt(PublicationDating dating, int offset) =>
        dating.Blocks.FirstOrDefault(b => offset >= b.Start && offset < b.Start + b.Length)?.Reference.Date ?? dating.Date?.Date;
}
