using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>
/// A live page's entries stamped with a clock time only ("1.12am", "10.05pm") run past midnight: the entries after the
/// clock turns over are of the next day. A page opened on the evening of Sunday 25 April and read newest first,
/// "1.12am … Tansy is declared elected" above "10.05pm … the first boxes have arrived", tells the declaration on the
/// 26th. Each day of the page becomes a <see cref="DatedBlock"/>, so its "tonight" and its clock times resolve to it.
/// </summary>
/// <remarks>
/// The page's date is the day of its oldest entries, the day it was opened. Text above the first entry (a headline, key
/// points) goes with the first entry. A page needs <see cref="MinEntries"/> entries that run one way in time, and a
/// turn-over is a jump of more than <see cref="MinTurnOverHours"/> hours against that direction: "12.35am" after
/// "10.05pm" read oldest first, or "10.05pm" below "12.35am" read newest first.
/// </remarks>
public static partial class LiveClock
{
    private const int MinEntries = 3;

    private const int MinTurnOverHours = 6;

    /// <summary>An entry's clock line: where it starts, and its time as minutes after midnight.</summary>
    public readonly record struct Entry(int Offset, int Minutes);

    /// <summary>The page's days as blocks over a text of <paramref name="textLength"/> characters, or none when its <paramref name="entries"/> never pass midnight.</summary>
    public static List<DatedBlock> Blocks(IReadOnlyList<Entry> entries, int textLength, PublicationDate? page)
    {
        if (page is null || entries.Count == 0)
        {
            return [];
        }

        var steps = entries.Zip(entries.Skip(1), (a, b) => b.Minutes - a.Minutes).ToList();
        var turnOver = MinTurnOverHours * 60;
        var newestFirst = steps.Count(s => s is < 0 and > -720) > steps.Count(s => s is > 0 and < 720);
        // Where the clock turns over, in text order; newest first, a jump forward; oldest first, a jump back.
        var turns = steps.Select((step, i) => (step, i)).Where(s => newestFirst ? s.step > turnOver : s.step < -turnOver).Select(s => s.i + 1).ToList();
        if (turns.Count == 0)
        {
            return [];
        }

        var blocks = new List<DatedBlock>();
        var boundaries = new List<int> { 0 };
        boundaries.AddRange(turns.Select(t => entries[t].Offset));
        boundaries.Add(textLength);
        for (var i = 0; i + 1 < boundaries.Count; i++)
        {
            var days = newestFirst ? turns.Count - i : i;
            var day = page.Date.AddDays(days);
            var evidence = days == 0 ? page.Evidence : $"{page.Evidence}; live entries after midnight, {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            blocks.Add(new DatedBlock(boundaries[i], boundaries[i + 1] - boundaries[i], page with { Date = day, Evidence = evidence }));
        }

        return blocks;
    }

    /// <summary>The entries of a live page of <see cref="MinEntries"/> entries or more, in text order; none on another page.</summary>
    public static IReadOnlyList<Entry> Entries(string text)
    {
        var entries = new List<Entry>();
        foreach (Match line in EntryLine().Matches(text))
        {
            if (Minutes(line) is { } minutes)
            {
                entries.Add(new Entry(line.Index, minutes));
            }
        }

        return entries.Count >= MinEntries ? entries : [];
    }

    /// <summary>The minutes after midnight of an entry's clock time ("1.12am" is 72, "10.05pm" 1325, "23:40" 1420), or null.</summary>
    private static int? Minutes(Match line)
    {
        var hour = int.Parse(line.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(line.Groups["m"].Value, CultureInfo.InvariantCulture);
        var half = line.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (minute > 59 || (half.Length > 0 ? hour is < 1 or > 12 : hour > 23))
        {
            return null;
        }

        hour = half switch
        {
            "am" => hour % 12,
            "pm" => (hour % 12) + 12,
            _ => hour,
        };
        return (hour * 60) + minute;
    }

    /// <summary>A line that is a clock time alone, an entry's stamp: "1.12am", "10:05 p.m.", "23:40", "23.40 GMT".</summary>
    [GeneratedRegex(@"^[ \t]*(?<h>\d{1,2})[.:](?<m>\d{2})[ \t]*(?<ampm>[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex EntryLine();
}
