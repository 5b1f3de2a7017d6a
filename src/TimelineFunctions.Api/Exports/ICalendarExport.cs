using System.Globalization;
using System.Text;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Exports;

/// <summary>
/// The day-precise events of the timeline as an RFC 5545 calendar: all-day VEVENTs (DTSTART;VALUE=DATE), text
/// escaped (\\ ; , and newlines), lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.
/// </summary>
/// <remarks>
/// Events known only to the week, month or year are left out: a calendar cannot say "some day in April".
/// </remarks>
public static class ICalendarExport
{
    private const int MaxOctets = 75;

    public static string Render(TimelinePage page)
    {
        var ics = new StringBuilder();
        // DTSTAMP is required; the story's last update keeps the export the same for the same data.
        var stamp = page.Story.UpdatedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//TimelineFunctions//Story timeline//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape(page.Story.Title ?? page.Story.Id));
        foreach (var e in page.Events.Where(e => e.Date is { Granularity: "day" }))
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:{Escape(e.Id)}.{Escape(page.Story.Id)}@timelinefunctions");
            Line(ics, "DTSTAMP:" + stamp);
            Line(ics, "DTSTART;VALUE=DATE:" + Date(e.Date!.Start));
            Line(ics, "DTEND;VALUE=DATE:" + Date(e.Date.Start.AddDays(1)));
            Line(ics, "SUMMARY:" + Escape(e.Summary));
            Line(ics, "CATEGORIES:" + Escape(e.Type));
            if (e.Location is { Length: > 0 } location)
            {
                Line(ics, "LOCATION:" + Escape(location));
            }

            var description = string.Join("\n\n", e.Sources.Select(s => $"“{s.Quote}” ({s.Outlet ?? s.ArticleId}{(SafeLinks.IsWebUrl(s.Url) ? " " + s.Url : "")})"));
            Line(ics, "DESCRIPTION:" + Escape(description));
            if (e.Sources.Select(s => s.Url).FirstOrDefault(SafeLinks.IsWebUrl) is { } url)
            {
                Line(ics, "URL:" + url);
            }

            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Appends a content line folded into pieces of at most 75 octets, continuations starting with a space.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space of a continuation line counts
            }

            ics.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        ics.Append("\r\n");
    }
}
