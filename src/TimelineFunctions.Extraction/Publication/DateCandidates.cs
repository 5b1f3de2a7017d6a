using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>Confidence given to each kind of evidence (before corroboration).</summary>
public static class DateConfidence
{
    public const double Dateline = 0.85;
    public const double Stamp = 0.85;
    public const double CrawlerHeader = 0.75;
    public const double Url = 0.7;
    public const double DatelineYearInferred = 0.6;
    public const double Update = 0.45;
    public const double EmbeddedPost = 0.3;

    /// <summary>Factor for a numeric stamp whose day/month order could not be settled (05/06/24).</summary>
    public const double AmbiguousOrderFactor = 0.8;
}

/// <summary>Dates from furniture the cleaner removed: the crawler header, stamp lines, embedded-post attributions. Never from teaser lists or captions.</summary>
public static class FurnitureDates
{
    public static IEnumerable<PublicationDate> Find(IReadOnlyList<RemovedFurniture> removed)
    {
        foreach (var item in removed)
        {
            switch (item.Rule)
            {
                case CrawlerHeaderRule.RuleName when DateText.FindFirst(item.Text)?.ToDate() is { } date:
                    yield return new PublicationDate(date, PublicationDateSource.CrawlerHeader, $"crawler header \"{item.Text}\"", DateConfidence.CrawlerHeader);
                    break;
                case PublicationStampRule.RuleName when StampParser.ParseStandalone(item.Text) is { } stamp && stamp.Date.ToDate() is { } date:
                    yield return StampDates.ToCandidate(stamp, date, item.Text);
                    break;
                case EmbeddedPostRule.RuleName when DateText.FindAll(item.Text).LastOrDefault()?.ToDate() is { } date:
                    yield return new PublicationDate(date, PublicationDateSource.EmbeddedPost, $"date of an embedded post \"{item.Text}\" (a lower bound, not the article's own date)", DateConfidence.EmbeddedPost);
                    break;
            }
        }
    }
}

/// <summary>Labelled stamps opening lines of the cleaned text ("UPDATED – 05/20/24 – 4:30pm – …"), with their offsets.</summary>
public static class StampDates
{
    public static List<(int Offset, PublicationDate Date)> FindLeading(string text)
    {
        var found = new List<(int Offset, Stamp Stamp, string Line)>();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && StampParser.ParseLeading(line) is { } stamp)
            {
                found.Add((offset, stamp, line[..stamp.Length].Trim()));
            }

            offset += line.Length + 1;
        }

        // Page convention for numeric dates: an unambiguous day-first stamp makes ambiguous ones day-first too.
        var dayFirst = found.Any(f => f.Stamp.Date.Order == NumericOrder.Unambiguous && IsNumeric(f.Line) && DayFirst(f.Line));
        var monthFirst = found.Any(f => f.Stamp.Date.Order == NumericOrder.Unambiguous && IsNumeric(f.Line) && !DayFirst(f.Line));
        var result = new List<(int, PublicationDate)>();
        foreach (var (at, stamp, line) in found)
        {
            var match = stamp.Date;
            if (match.Order == NumericOrder.AmbiguousReadAsMonthFirst && dayFirst && !monthFirst)
            {
                match = match with { Month = match.Day, Day = match.Month, Order = NumericOrder.Unambiguous };
            }
            else if (match.Order == NumericOrder.AmbiguousReadAsMonthFirst && monthFirst)
            {
                match = match with { Order = NumericOrder.Unambiguous };
            }

            if (match.ToDate() is { } date)
            {
                result.Add((at, ToCandidate(stamp with { Date = match }, date, line)));
            }
        }

        return result;
    }

    public static PublicationDate ToCandidate(Stamp stamp, DateOnly date, string text)
    {
        var update = stamp.Kind == StampKind.Updated;
        var confidence = update ? DateConfidence.Update : DateConfidence.Stamp;
        var note = "";
        if (stamp.Date.Order == NumericOrder.AmbiguousReadAsMonthFirst)
        {
            confidence *= DateConfidence.AmbiguousOrderFactor;
            note = " (day/month order ambiguous; read month first)";
        }

        return new PublicationDate(date, PublicationDateSource.Stamp, $"{(update ? "updated: " : "")}stamp \"{text}\"{note}", confidence, update);
    }

    private static bool IsNumeric(string line) => Regex.IsMatch(line, @"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}");

    private static bool DayFirst(string line)
    {
        var m = Regex.Match(line, @"(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}");
        return m.Success && int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) > 12;
    }
}

/// <summary>
/// A dateline opening one of the first four lines: place, date, optional agency, dash
/// ("Baltimore, MD - June 10, 2024 -", "SEOUL, Oct 13 (Reuters) -"). A dateline without a year takes the year
/// that puts it closest to another candidate's date; with no other candidate it gives nothing (never guessed).
/// </summary>
public static partial class DatelineDates
{
    private const int FirstLines = 4;

    public static IEnumerable<PublicationDate> Find(string text, IReadOnlyList<PublicationDate> others)
    {
        var lines = text.Split('\n', 16).Where(l => l.Trim().Length > 0).Take(FirstLines);
        foreach (var paragraph in lines)
        {
            var head = paragraph.Length > 160 ? paragraph[..160] : paragraph;
            if (StampParser.ParseLeading(head) is not null)
            {
                continue; // a labelled stamp ("UPDATED – 05/20/24 –"), dated as a stamp
            }

            var date = DateText.FindFirst(head);
            if (date is null || date.Start > 80)
            {
                continue;
            }

            var prefix = head[..date.Start];
            var suffix = head[(date.Start + date.Length)..];
            if (!Place().IsMatch(prefix) || LineShape.WordCount(prefix) > 6 || !AfterDate().IsMatch(suffix))
            {
                continue;
            }

            var evidence = $"dateline \"{head[..(date.Start + date.Length + AfterDate().Match(suffix).Length)].Trim()}\"";
            if (date.ToDate() is { } full)
            {
                yield return new PublicationDate(full, PublicationDateSource.Dateline, evidence, DateConfidence.Dateline);
            }
            else if (others.Where(o => o.Source != PublicationDateSource.EmbeddedPost).Select(o => o.Date).FirstOrDefault() is { Year: > 1 } anchor)
            {
                var inferred = new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 }
                    .Select(date.ToDate)
                    .OfType<DateOnly>()
                    .MinBy(d => Math.Abs(d.DayNumber - anchor.DayNumber));
                yield return new PublicationDate(inferred, PublicationDateSource.Dateline, $"{evidence}, year from {anchor:yyyy-MM-dd}", DateConfidence.DatelineYearInferred);
            }

            yield break;
        }
    }

    /// <summary>The place before the date; a typewriter dash ("--") separates like a dash.</summary>
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}.'’]*(?:[ ,]+|\s*(?:--|[-–—])\s*)){0,6}$")]
    private static partial Regex Place();

    [GeneratedRegex(@"^\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—:])")]
    private static partial Regex AfterDate();
}

/// <summary>Dates in the article URL's path: /2023/10/04/, /2024-03-28/, a slug ending -2024-03-28, /20240328/.</summary>
public static partial class UrlDates
{
    public static IEnumerable<PublicationDate> Find(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            yield break;
        }

        var path = Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?', '#')[0];
        if (path.Length > 2000)
        {
            yield break;
        }

        foreach (var pattern in new[] { Slashed(), Dashed(), Compact() })
        {
            var m = pattern.Match(path);
            if (m.Success && DateText.TryMake(Int(m, "y"), Int(m, "m"), Int(m, "d")) is { } date)
            {
                yield return new PublicationDate(date, PublicationDateSource.Url, $"URL path \"{m.Value.Trim('/', '-', '_')}\" in {url}", DateConfidence.Url);
                yield break;
            }
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)/(?<m>\d{1,2})/(?<d>\d{1,2})(?=/|$)")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"[-_/](?<y>(?:19|20)\d\d)-(?<m>\d{2})-(?<d>\d{2})(?=[-_/.]|$)")]
    private static partial Regex Dashed();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?<m>\d{2})(?<d>\d{2})(?=/|$)")]
    private static partial Regex Compact();
}
