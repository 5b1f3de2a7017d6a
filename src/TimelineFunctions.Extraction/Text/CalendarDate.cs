namespace TimelineFunctions.Extraction.Text;

/// <summary>Whether a year, month and day make a date the calendar has, the one range check of every date the engine reads.</summary>
public static class CalendarDate
{
    /// <summary>Whether <paramref name="year"/> (1 or later), <paramref name="month"/> and <paramref name="day"/> name a real day ("2023-02-30" does not).</summary>
    public static bool IsValid(int year, int month, int day) =>
        year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
