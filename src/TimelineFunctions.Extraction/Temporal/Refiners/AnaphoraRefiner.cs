namespace TimelineFunctions.Extraction.Temporal.Refiners;

/// <summary>
/// Resolves "that day", "the same month", "the next day", "the following year" against the last resolved date mentioned
/// before them (fine enough for the unit: a day for "that day", any date for "that year").
/// </summary>
/// <remarks>
/// With no such date they stay unresolved.
/// </remarks>
public sealed class AnaphoraRefiner : ITimexRefiner
{
    public void Refine(List<TimexCandidate> candidates, TagContext context)
    {
        (DateOnly Start, Granularity Granularity)? last = null;
        foreach (var c in candidates)
        {
            if (c.AnaphoricUnit is { } unit)
            {
                if (last is { } anchor && Fine(anchor.Granularity) <= Fine(UnitGranularity(unit)))
                {
                    var (value, granularity) = Shift(anchor.Start, unit, c.AnaphoricOffset);
                    c.Value = value;
                    c.Granularity = granularity;
                    if (granularity == Granularity.Day)
                    {
                        last = (anchor.Start.AddDays(c.AnaphoricOffset), Granularity.Day);
                    }
                }

                continue;
            }

            if (c.Type is TimexType.Date or TimexType.Time && TimexValues.TryGetRange(c.Value, out var start, out _, out var g))
            {
                last = (start, g == Granularity.Time ? Granularity.Day : g);
            }
        }
    }

    private static Granularity UnitGranularity(string unit) => unit switch
    {
        "day" => Granularity.Day,
        "week" => Granularity.Week,
        "month" => Granularity.Month,
        _ => Granularity.Year,
    };

    /// <summary>Smaller is finer. Seasons and quarters count as months, weeks are finer than months.</summary>
    private static int Fine(Granularity g) => g switch
    {
        Granularity.Time or Granularity.Day => 0,
        Granularity.Week => 1,
        Granularity.Month or Granularity.Quarter or Granularity.Season => 2,
        Granularity.Year => 3,
        _ => 4,
    };

    private static (string Value, Granularity Granularity) Shift(DateOnly anchor, string unit, int offset) => unit switch
    {
        "day" => (TimexValues.Day(anchor.AddDays(offset)), Granularity.Day),
        "week" => (TimexValues.Week(anchor.AddDays(7 * offset)), Granularity.Week),
        "month" => (TimexValues.Month(anchor.AddMonths(offset).Year, anchor.AddMonths(offset).Month), Granularity.Month),
        _ => (TimexValues.Year(anchor.Year + offset), Granularity.Year),
    };
}
