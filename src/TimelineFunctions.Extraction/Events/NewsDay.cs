using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// The day an article's news happened, which its lead tells without a date ("Microsoft has completed its
/// acquisition"): the publication date, or the day before when the article names that day and never the publication
/// day itself, as a wire story of Friday printed on Saturday does ("said a statement Friday").
/// </summary>
public static class NewsDay
{
    public static DateOnly Of(DateOnly published, IEnumerable<TemporalExpression> timexes)
    {
        var dayBefore = published.AddDays(-1);
        var namesDayBefore = false;
        foreach (var timex in timexes)
        {
            if (!timex.IsResolvedDate || timex.RangeStart != timex.RangeEnd)
            {
                continue;
            }

            if (timex.RangeStart == published)
            {
                return published;
            }

            namesDayBefore |= timex.RangeStart == dayBefore;
        }

        return namesDayBefore ? dayBefore : published;
    }
}
