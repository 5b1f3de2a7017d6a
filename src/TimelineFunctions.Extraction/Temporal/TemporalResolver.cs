using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Temporal;

/// <summary>Anchoring against the document creation time (DCT).</summary>
/// <remarks>
/// News is past-leaning: without a future cue a bare weekday is the most recent such day on or before the DCT; a month
/// or a day of the year is the nearest occurrence, preferring the past unless the future one is more than twice as
/// close.
/// </remarks>
public static class TemporalResolver
{
    /// <summary>ISO weekday 1 (Monday) to 7 (Sunday).</summary>
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The day of the week of ISO weekday 1 (Monday) to 7 (Sunday), as the lexicon and TIMEX3 values count them.</summary>
    public static DayOfWeek FromIsoDay(int isoDay) => (DayOfWeek)(isoDay % 7);

    /// <summary>"Thursday": most recent on/before the DCT, or with future tense the next on/after it.</summary>
    public static DateOnly Weekday(DateOnly dct, int weekday, Tense tense)
    {
        var back = (IsoDay(dct) - weekday + 7) % 7;
        if (tense == Tense.Future)
        {
            return dct.AddDays((weekday - IsoDay(dct) + 7) % 7);
        }

        return dct.AddDays(-back);
    }

    /// <summary>"last Thursday" (strictly before the DCT) and "next Thursday" (strictly after).</summary>
    public static DateOnly WeekdayStrict(DateOnly dct, int weekday, bool future)
    {
        if (future)
        {
            var ahead = (weekday - IsoDay(dct) + 7) % 7;
            return dct.AddDays(ahead == 0 ? 7 : ahead);
        }

        var back = (IsoDay(dct) - weekday + 7) % 7;
        return dct.AddDays(-(back == 0 ? 7 : back));
    }

    /// <summary>A month and day without a year.</summary>
    public static DateOnly? MonthDay(DateOnly dct, int month, int day, Tense tense)
    {
        DateOnly? Make(int year) => CalendarDate.IsValid(year, month, day) ? new DateOnly(year, month, day) : null;
        var same = Make(dct.Year);
        var prev = same is { } s0 && s0 <= dct ? s0 : Make(dct.Year - 1);
        var next = same is { } s1 && s1 >= dct ? s1 : Make(dct.Year + 1);
        if (prev is null || next is null)
        {
            return prev ?? next;
        }

        return Choose(prev.Value.DayNumber, next.Value.DayNumber, dct.DayNumber, tense) ? next : prev;
    }

    /// <summary>A month without a year: returns the year.</summary>
    public static int MonthYear(DateOnly dct, int month, Tense tense)
    {
        if (month == dct.Month)
        {
            return dct.Year;
        }

        var index = (dct.Year * 12) + dct.Month - 1;
        var prevYear = month < dct.Month ? dct.Year : dct.Year - 1;
        var nextYear = month > dct.Month ? dct.Year : dct.Year + 1;
        var prev = (prevYear * 12) + month - 1;
        var next = (nextYear * 12) + month - 1;
        return Choose(prev, next, index, tense) ? nextYear : prevYear;
    }

    /// <summary>"last July": the most recent July strictly before the DCT's month; "next July": the first after.</summary>
    public static int MonthYearStrict(DateOnly dct, int month, bool future) => future
        ? (month > dct.Month ? dct.Year : dct.Year + 1)
        : (month < dct.Month ? dct.Year : dct.Year - 1);

    /// <summary>A quarter (or half) without a year: the latest one that has started, or with future tense the next.</summary>
    public static int PeriodYear(DateOnly dct, int index, int periodsPerYear, Tense tense)
    {
        var current = ((dct.Month - 1) * periodsPerYear / 12) + 1;
        if (tense == Tense.Future)
        {
            return index >= current ? dct.Year : dct.Year + 1;
        }

        return index <= current ? dct.Year : dct.Year - 1;
    }

    /// <summary>True to choose the future candidate.</summary>
    private static bool Choose(int prev, int next, int now, Tense tense) => tense switch
    {
        Tense.Future => true,
        Tense.Past => false,
        _ => (next - now) * 2 < now - prev,
    };
}
