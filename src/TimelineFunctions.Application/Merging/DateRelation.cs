using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Merging;

/// <summary>How a report's date relates to an event's (most precise) date.</summary>
internal enum DateRelation
{
    /// <summary>The report's period holds the event's: "this week" and "Oct. 9", "in October" and "Oct. 9".</summary>
    Compatible,

    /// <summary>One of the two has no date.</summary>
    Undated,

    /// <summary>Nearby but different periods ("Oct. 9" and "Oct. 10"): the same event only if all else agrees.</summary>
    Conflicting,

    /// <summary>Far apart: never the same event.</summary>
    Incompatible,
}

internal static class DateRelations
{
    public static DateRelation Between(EventDateInfo? report, EventDateInfo? anchor, int conflictWindowDays)
    {
        if (report is null || anchor is null)
        {
            return DateRelation.Undated;
        }

        if (report.Start <= anchor.Start && anchor.End <= report.End)
        {
            return DateRelation.Compatible;
        }

        var gap = Math.Max(report.Start.DayNumber - anchor.End.DayNumber, anchor.Start.DayNumber - report.End.DayNumber);
        var shortPeriods = report.End.DayNumber - report.Start.DayNumber < 7 && anchor.End.DayNumber - anchor.Start.DayNumber < 7;
        return shortPeriods && gap <= conflictWindowDays ? DateRelation.Conflicting : DateRelation.Incompatible;
    }
}
