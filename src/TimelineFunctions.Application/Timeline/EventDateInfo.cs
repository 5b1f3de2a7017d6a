namespace TimelineFunctions.Application.Timeline;

/// <summary>
/// When an event happened: TimeML-style <see cref="Value"/> ("2023-10-09", "2023-W41", "2023-10"), its
/// <see cref="Granularity"/> (day|week|month|quarter|season|year|decade) and the calendar days it covers.
/// </summary>
public sealed record EventDateInfo(string Value, string Granularity, DateOnly Start, DateOnly End, IReadOnlyList<string> Texts);
