using System.Globalization;

namespace TimelineFunctions.Extraction.Temporal.Refiners;

/// <summary>Earnings news compares a period with "a year earlier" / "the year-ago quarter".</summary>
/// <remarks>
/// The reference period is the last one mentioned before: when it is a resolved quarter (YYYY-Qn), a one-year-back
/// expression becomes the same quarter a year before ((YYYY-1)-Qn); when it is a year or a span of months ("the first
/// nine months"), it stays the previous year. "last year" is treated the same way when it is a comparison ("from $3
/// million last year", "last year's quarter").
/// </remarks>
public sealed class YearAgoQuarterRefiner : ITimexRefiner
{
    public void Refine(List<TimexCandidate> candidates, TagContext context)
    {
        if (context.Dct is not { } dct)
        {
            return;
        }

        var previousYear = TimexValues.Year(dct.Year - 1);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Value != previousYear || !(c.Rule is "year-ago-adjective" || (c.Rule == "offset" && IsOneYear(context.Text, c)) || IsComparedLastYear(context, c)))
            {
                continue;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                var q = candidates[j];
                if (q.Rule is "year-ago-adjective" or "offset")
                {
                    continue;
                }

                if (q.Granularity == Granularity.Year || (q.Type == TimexType.Duration && q.Value.EndsWith('M')))
                {
                    break;
                }

                if (q.Granularity == Granularity.Quarter && q.Value.Length == 7 && q.Value[5] == 'Q')
                {
                    var year = int.Parse(q.Value.AsSpan(0, 4), CultureInfo.InvariantCulture);
                    c.Value = TimexValues.Quarter(year - 1, q.Value[6] - '0');
                    c.Granularity = Granularity.Quarter;
                    break;
                }
            }
        }
    }

    private static bool IsComparedLastYear(TagContext context, TimexCandidate c)
    {
        if (c.Rule != "relative-unit" || !context.Text.AsSpan(c.Start, c.Length).Equals("last year", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = context.Text.AsSpan(c.End);
        return after.StartsWith("'s", StringComparison.Ordinal)
            || context.PreviousWord(c.Start) is "million" or "billion" or "from" or "with" or "than" or "period" or "quarter" or "versus";
    }

    private static bool IsOneYear(string text, TimexCandidate c)
    {
        var span = text.AsSpan(c.Start, c.Length);
        return span.StartsWith("a year", StringComparison.OrdinalIgnoreCase) || span.StartsWith("one year", StringComparison.OrdinalIgnoreCase);
    }
}
