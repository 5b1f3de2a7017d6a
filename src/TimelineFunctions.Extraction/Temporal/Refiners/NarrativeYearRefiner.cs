using System.Globalization;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Temporal.Refiners;

/// <summary>
/// A day named without a year, soon after a day named with a year other than the document's, continues that
/// account: "…on a day trip to the cave on June 23, 2018 … divers reached them on July 2" is 2 July 2018.
/// </summary>
/// <remarks>
/// It applies when the yearless day ("July 2", "2 July") comes within <see cref="MaxDistance"/> characters of the dated
/// one and falls at most <see cref="MaxDaysAfter"/> days after it in that year: a story told forward from a past day.
/// Anything else keeps the document's year.
/// </remarks>
public sealed class NarrativeYearRefiner : ITimexRefiner
{
    private const int MaxDistance = 400;
    private const int MaxDaysAfter = 60;

    public void Refine(List<TimexCandidate> candidates, TagContext context)
    {
        if (context.Dct is not { } dct)
        {
            return;
        }

        (DateOnly Day, int End)? told = null;
        foreach (var c in candidates)
        {
            if (!c.IsDay || c.Rule is not ("month-day" or "day-month"))
            {
                continue;
            }

            var day = DateOnly.ParseExact(c.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (NamesAYear(context.Text, c))
            {
                told = day.Year != dct.Year ? (day, c.End) : null;
            }
            else if (told is { } past && c.Start - past.End <= MaxDistance && CalendarDate.IsValid(past.Day.Year, day.Month, day.Day))
            {
                var inThatYear = new DateOnly(past.Day.Year, day.Month, day.Day);
                if (inThatYear >= past.Day && inThatYear.DayNumber - past.Day.DayNumber <= MaxDaysAfter)
                {
                    c.Value = TimexValues.Day(inThatYear);
                    c.IsYearGuessed = false;
                    told = (inThatYear, c.End);
                }
            }
        }
    }

    private static bool NamesAYear(string text, TimexCandidate c)
    {
        var digits = 0;
        for (var i = c.Start; i < c.End; i++)
        {
            digits = char.IsAsciiDigit(text[i]) ? digits + 1 : 0;
            if (digits == 4)
            {
                return true;
            }
        }

        return false;
    }
}
