namespace TimelineFunctions.Extraction.Temporal;

/// <summary>How precise a date is. A vague date keeps its granularity instead of pretending to be a day.</summary>
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
