using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>Judges a system event's date against a gold event's date (and its <c>alt_dates</c>).</summary>
public static class DateScorer
{
    public static DateVerdict Score(GoldEvent gold, EventDateInfo? system)
    {
        if (system is null)
        {
            return DateVerdict.Missing;
        }

        var best = DateVerdict.Wrong;
        foreach (var date in gold.AltDates.Prepend(new GoldDate(gold.Date, gold.Granularity)))
        {
            var verdict = Score(date, system);
            if (verdict < best)
            {
                best = verdict;
            }
        }

        return best;
    }

    public static DateVerdict Score(GoldDate gold, EventDateInfo system)
    {
        var (start, end) = Period(gold);
        var sameGranularity = string.Equals(system.Granularity, gold.Granularity, StringComparison.OrdinalIgnoreCase);
        if (sameGranularity && system.Start <= gold.Date && gold.Date <= system.End)
        {
            return DateVerdict.Exact;
        }

        var systemInside = start <= system.Start && system.End <= end;
        var goldInside = system.Start <= start && end <= system.End;
        return systemInside || goldInside ? DateVerdict.Compatible : DateVerdict.Wrong;
    }

    /// <summary>The calendar days a gold date covers at its granularity.</summary>
    public static (DateOnly Start, DateOnly End) Period(GoldDate gold) => gold.Granularity switch
    {
        "week" => (gold.Date, gold.Date.AddDays(6)),
        "month" => (new DateOnly(gold.Date.Year, gold.Date.Month, 1), new DateOnly(gold.Date.Year, gold.Date.Month, 1).AddMonths(1).AddDays(-1)),
        "year" => (new DateOnly(gold.Date.Year, 1, 1), new DateOnly(gold.Date.Year, 12, 31)),
        _ => (gold.Date, gold.Date),
    };
}
