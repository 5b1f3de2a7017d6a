using System.Globalization;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Queries;

/// <summary>
/// Human labels for event dates that claim no more precision than the source gave: "9 Oct 2023", "week of 9 Oct
/// 2023", "April 2023", "Q3 2023", "summer 2023", "2023", "the 2010s".
/// </summary>
/// <remarks>
/// The page, the Markdown and CSV exports and the CLI's <c>show</c> all use this one place.
/// </remarks>
public static class DateLabels
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string For(EventDateInfo date) => date.Granularity switch
    {
        "day" => Day(date.Start),
        "week" => "week of " + Day(date.Start),
        "month" => date.Start.ToString("MMMM yyyy", Invariant),
        "quarter" => $"Q{((date.Start.Month - 1) / 3) + 1} {date.Start.Year}",
        "season" => $"{Season(date.Value, date.Start)} {SeasonYear(date.Value, date.Start)}",
        "year" => date.Start.Year.ToString(Invariant),
        "decade" => $"the {date.Start.Year / 10 * 10}s",
        _ => date.Value,
    };

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", Invariant);

    // TimeML seasons: 2023-SP, 2023-SU, 2023-FA (or AU), 2023-WI.
    private static string Season(string value, DateOnly start) => value.Length >= 2 ? value[^2..].ToUpperInvariant() switch
    {
        "SP" => "spring",
        "SU" => "summer",
        "FA" or "AU" => "autumn",
        "WI" => "winter",
        _ => start.ToString("MMMM", Invariant),
    } : start.ToString("MMMM", Invariant);

    private static string SeasonYear(string value, DateOnly start) =>
        value.Length >= 4 && int.TryParse(value[..4], NumberStyles.None, Invariant, out var year) ? $"{year}" : $"{start.Year}";
}
