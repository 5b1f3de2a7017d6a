namespace TimelineFunctions.Extraction.Temporal;

/// <summary>How precise a date is.</summary>
/// <remarks>
/// A vague date keeps its granularity instead of pretending to be a day.
/// </remarks>
public enum Granularity
{
    Time,
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
}
