using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Publication;

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
