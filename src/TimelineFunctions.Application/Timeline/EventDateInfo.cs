using System.Globalization;

namespace TimelineFunctions.Application.Timeline;

/// <summary>
/// When an event happened: TimeML-style <see cref="Value"/> ("2023-10-09", "2023-W41", "2023-10"), its
/// <see cref="Granularity"/> (day|week|month|quarter|season|year|decade) and the calendar days it covers.
/// </summary>
public sealed record EventDateInfo(string Value, string Granularity, DateOnly Start, DateOnly End, IReadOnlyList<string> Texts)
{
    /// <summary>The date of one day, with the expressions that gave it.</summary>
    public static EventDateInfo OnDay(DateOnly day, IReadOnlyList<string> texts) =>
        new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", day, day, texts);
}
