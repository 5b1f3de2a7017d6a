using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>
/// A dateline opening one of the first four lines: place, date, optional agency, dash ("Baltimore, MD - June 10, 2024
/// -", "SEOUL, Oct 13 (Reuters) -").
/// </summary>
/// <remarks>
/// A dateline without a year takes the year that puts it closest to another candidate's date; with no other candidate
/// it gives nothing (never guessed).
/// </remarks>
public static partial class DatelineDates
{
    private const int FirstLines = 4;

    public static IEnumerable<PublicationDate> Find(string text, IReadOnlyList<PublicationDate> others)
    {
        if (First(text) is not var (date, evidence))
        {
            yield break;
        }

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
    }

    /// <summary>
    /// The month and day of a dateline without a year ("ALDERBROOK, Oct 13 (Meridian) -"), or null when the page's
    /// dateline has a year or there is none: on a page nothing else dates, the merge gives it the story's year.
    /// </summary>
    public static YearlessDay? Yearless(string text) =>
        First(text) is var (date, _) && date.Year is null && DateText.TryMake(2000, date.Month, date.Day) is not null
            ? new YearlessDay(date.Month, date.Day)
            : null;

    /// <summary>The date of the first line that is a dateline, with the dateline as evidence; null when no line is one.</summary>
    private static (DateMatch Date, string Evidence)? First(string text)
    {
        var lines = text.Split('\n', 16).Where(l => l.Trim().Length > 0).Take(FirstLines);
        foreach (var paragraph in lines)
        {
            var head = paragraph.Length > 160 ? paragraph[..160] : paragraph;
            if (StampParser.ParseLeading(head) is not null)
            {
                continue; // a labelled stamp ("UPDATED – 05/20/24 –"), dated as a stamp
            }

            if (OpeningDate(head) is not { } date || Length(head, date) is not (> 0 and var length))
            {
                continue;
            }

            return (date, $"dateline \"{head[..length].Trim()}\"");
        }

        return null;
    }

    /// <summary>
    /// How long the dateline is that opens <paramref name="text"/>, up to and with its dash ("WENHAVEN, April 13 (CPA)
    /// - "): what a reader skips to reach the story's first sentence. 0 when none opens it.
    /// </summary>
    public static int Length(string text)
    {
        var head = text.Length > 160 ? text[..160] : text;
        return OpeningDate(head) is { } date ? Length(head, date) : 0;
    }

    /// <summary>The date a dateline could open <paramref name="head"/> with: the first, within six words of place.</summary>
    private static DateMatch? OpeningDate(string head)
    {
        // A dateline's dash or colon follows its date's first digit closely ("April 13 (CPA) -"): without one, no
        // date needs looking for (this runs for every sentence the extractor reads).
        var digit = head.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit is < 0 or > MaxDateStart + MaxLettersBeforeDigit || head.AsSpan(digit, Math.Min(MaxDashAfterDigit, head.Length - digit)).IndexOfAny(DatelineDashes) < 0)
        {
            return null;
        }

        return DateText.FindFirst(head) is { Start: <= MaxDateStart } date ? date : null;
    }

    /// <summary>How far into a line a dateline's date may start: six words of place.</summary>
    private const int MaxDateStart = 80;

    /// <summary>The most letters a date may have before its first digit: "Wednesday, September 13".</summary>
    private const int MaxLettersBeforeDigit = 24;

    /// <summary>How far after a dateline's first digit its dash may come: the rest of the date and an agency in parentheses.</summary>
    private const int MaxDashAfterDigit = 60;

    private static readonly System.Buffers.SearchValues<char> DatelineDashes = System.Buffers.SearchValues.Create("-–—:");

    private static int Length(string head, DateMatch date)
    {
        var prefix = head[..date.Start];
        var suffix = head[(date.Start + date.Length)..];
        return Place().IsMatch(prefix) && LineShape.WordCount(prefix) <= 6 && AfterDate().Match(suffix) is { Success: true } after
            ? date.Start + date.Length + after.Length
            : 0;
    }

    /// <summary>The place before the date; a typewriter dash ("--") separates like a dash.</summary>
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}.'’]*(?:[ ,]+|\s*(?:--|[-–—])\s*)){0,6}$")]
    private static partial Regex Place();

    [GeneratedRegex(@"^\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—:])")]
    private static partial Regex AfterDate();
}
