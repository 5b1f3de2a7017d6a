using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A chronology inside an article ("Timeline: …", "Key dates"): paragraphs that open with a date, in date order, each
/// telling what happened then. The sentences after an entry's first belong to its date, however long ago it was:
/// "28 June 2009 Police interview the doctor for three hours. His spokeswoman insists he is not a suspect." is a
/// statement of 28 June 2009, not of the day the chronology was published. On a page with no date, entries of days
/// without a year ("11 April: Ferrow is detained") make one too, whose events name their day for the merge to date.
/// </summary>
internal sealed partial class Chronology
{
    /// <summary>
    /// The fewest entries with a month or a day that make a chronology; one or two dated paragraph openings are
    /// ordinary prose. Entries of a bare year count only beside them: a live page's clock times ("1901 The agency
    /// says …") can pass for years, a month or a day cannot.
    /// </summary>
    internal const int MinEntries = 3;

    /// <summary>The share of consecutive entries that must run in one direction of time (oldest or newest first).</summary>
    private const double MinOrderedShare = 0.8;

    private static readonly Chronology None = new([], []);

    private readonly List<(int Start, EventDate Date)> _entries;

    /// <summary>On a page with no date, the entries of days without a year ("11 April: …"), which the merge dates.</summary>
    private readonly List<(int Start, YearlessDay Day)> _yearlessEntries;

    private Chronology(List<(int Start, EventDate Date)> entries, List<(int Start, YearlessDay Day)> yearlessEntries) =>
        (_entries, _yearlessEntries) = (entries, yearlessEntries);

    /// <summary>
    /// The article's chronology: the paragraphs that open with a calendar date, when there are enough of them, in order.
    /// An entry without a year that the tagger put after the publication date ("Jan. 12: The company is fined", read in
    /// the present tense of chronologies as next January) is what happened last January: when that puts the entries
    /// in order, its expression in <paramref name="timexes"/> is moved back a year.
    /// </summary>
    public static Chronology Find(string text, IReadOnlyList<Sentence> sentences, List<TemporalExpression> timexes, DateOnly? dct)
    {
        var entries = new List<(int Start, int Timex)>();
        var yearless = new List<(int Start, YearlessDay Day)>();
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < timexes.Count && timexes[t].Start < sentence.Start)
            {
                t++;
            }

            if (t < timexes.Count && OpensParagraph(text, sentence.Start) && OpensWith(text, sentence, timexes[t]))
            {
                if (IsEntryDate(timexes[t]))
                {
                    entries.Add((sentence.Start, t));
                }
                else if (dct is null && YearlessDay.Parse(timexes[t].Value) is { } day)
                {
                    yearless.Add((sentence.Start, day));
                }
            }
        }

        if (yearless.Count >= MinEntries && IsOrdered([.. yearless.Select(e => e.Day.InCountingYear)]))
        {
            return new Chronology([], yearless);
        }

        var asTagged = entries.Select(e => timexes[e.Timex]).ToList();
        var movedBack = asTagged.Select(t => IsFutureWithoutYear(t, dct) ? YearBefore(t) : t).ToList();
        foreach (var reading in new[] { asTagged, movedBack })
        {
            var dated = entries.Select((e, i) => (e.Start, Date: EventDater.FromExpression(reading[i]) with { Texts = [] })).ToList();
            if (dated.Count(e => e.Date.Granularity != Granularity.Year) >= MinEntries && IsOrdered([.. dated.Select(e => e.Date.Start)]))
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    timexes[entries[i].Timex] = reading[i];
                }

                return new Chronology(dated, []);
            }
        }

        return None;
    }

    private static bool IsFutureWithoutYear(TemporalExpression timex, DateOnly? dct) =>
        dct is { } published && timex.RangeStart > published && !YearDigits().IsMatch(timex.Text) && timex.Value.Length >= 4 && timex.Value[..4].All(char.IsAsciiDigit);

    private static TemporalExpression YearBefore(TemporalExpression timex) => timex with
    {
        Value = (int.Parse(timex.Value[..4], System.Globalization.CultureInfo.InvariantCulture) - 1).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + timex.Value[4..],
        RangeStart = timex.RangeStart?.AddYears(-1),
        RangeEnd = timex.RangeEnd?.AddYears(-1),
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}")]
    private static partial System.Text.RegularExpressions.Regex YearDigits();

    /// <summary>The date of the entry the sentence at <paramref name="offset"/> continues (not the entry's own opening sentence), or null.</summary>
    public EventDate? DateOf(int offset) => Entry(offset) is { } entry && entry.Start != offset ? entry.Date : null;

    /// <summary>
    /// Whether an event of the sentence at <paramref name="offset"/>, in an entry, is told on the entry's date: dated
    /// with it, or, on a page with no date, naming its day without a year.
    /// </summary>
    public bool TellsOnItsDate(int offset, ExtractedEvent e)
    {
        if (Entry(offset) is { } entry)
        {
            return e.Date?.Value == entry.Date.Value;
        }

        var index = _yearlessEntries.FindLastIndex(y => y.Start <= offset);
        return index >= 0 && e.Date is null && e.NamedDay == _yearlessEntries[index].Day.MonthDay;
    }

    private (int Start, EventDate Date)? Entry(int offset)
    {
        var index = _entries.FindLastIndex(e => e.Start <= offset);
        return index < 0 ? null : _entries[index];
    }

    /// <summary>A sentence at the start of the text or of a line.</summary>
    private static bool OpensParagraph(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r';
    }

    /// <summary>
    /// A date written with a number, the sentence's first words, and not the start of a possessive ("2009's budget").
    /// Weekdays and relative dates ("Monday", "last week") are no entries.
    /// </summary>
    private static bool OpensWith(string text, Sentence sentence, TemporalExpression timex) =>
        timex.Type == TimexType.Date
        && timex.Text.Any(char.IsDigit)
        && string.IsNullOrWhiteSpace(text[sentence.Start..timex.Start].Trim('-', '\u2013', '\u2014', '\u2022', '*'))
        && !(timex.End < text.Length && text[timex.End] is '\'' or '\u2019');

    /// <summary>A calendar date ("28 June 2009", "May 2009", "1983").</summary>
    private static bool IsEntryDate(TemporalExpression timex) =>
        timex.IsResolvedDate && timex.Granularity is Granularity.Day or Granularity.Month or Granularity.Year;

    private static bool IsOrdered(List<DateOnly> days)
    {
        var (forward, backward) = (0, 0);
        for (var i = 1; i < days.Count; i++)
        {
            forward += days[i] >= days[i - 1] ? 1 : 0;
            backward += days[i] <= days[i - 1] ? 1 : 0;
        }

        return Math.Max(forward, backward) >= MinOrderedShare * (days.Count - 1);
    }
}
