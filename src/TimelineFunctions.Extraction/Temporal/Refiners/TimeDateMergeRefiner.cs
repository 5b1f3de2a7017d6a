namespace TimelineFunctions.Extraction.Temporal.Refiners;

/// <summary>
/// Joins a clock time and the day written right after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 9") or right before it
/// with "at" ("Tuesday at 9 a.m.") into one TIME on that day. A clock whose zone stands before its day ("2 a.m. local
/// time on Tuesday") stays its own expression, on that day.
/// </summary>
/// <remarks>
/// A clock time with no day next to it is moved to the last day-level date mentioned before it (news narrates one day
/// at a time), or stays on the DCT.
/// </remarks>
public sealed class TimeDateMergeRefiner : ITimexRefiner
{
    public void Refine(List<TimexCandidate> candidates, TagContext context)
    {
        candidates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TimexCandidate>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var a = candidates[i];
            var b = i + 1 < candidates.Count ? candidates[i + 1] : null;
            TimexCandidate? time = null;
            TimexCandidate? day = null;
            if (b is null)
            {
                merged.Add(a);
                continue;
            }

            if (a.Type == TimexType.Time && a.Granularity == Granularity.Time && b.IsDay && Gap(context.Text, a.End, b.Start, allowOn: true))
            {
                (time, day) = (a, b);
            }
            else if (a.IsDay && b.Type == TimexType.Time && b.Granularity == Granularity.Time && GapWithAt(context.Text, a.End, b.Start))
            {
                (time, day) = (b, a);
            }

            if (time is null || day is null)
            {
                if (a.Type == TimexType.Time && a.Granularity == Granularity.Time && b.IsDay && ZoneBetween(context.Text, a.End, b.Start))
                {
                    // "2 a.m. local time on Tuesday": two expressions, the clock on that day.
                    a.Value = b.Value + a.Value[a.Value.IndexOf('T', StringComparison.Ordinal)..];
                    a.Rule += "+" + b.Rule;
                }

                merged.Add(a);
                continue;
            }

            var clock = time.Value[time.Value.IndexOf('T', StringComparison.Ordinal)..];
            merged.Add(new TimexCandidate(a.Start, b.End, TimexType.Time, day.Value + clock, Granularity.Time, time.Rule + "+" + day.Rule, Math.Min(a.Priority, b.Priority))
            {
                Modifier = time.Modifier ?? day.Modifier,
            });
            i++;
        }

        candidates.Clear();
        candidates.AddRange(merged);

        string? lastDay = null;
        foreach (var c in candidates)
        {
            if (c.IsDay)
            {
                lastDay = c.Value;
            }
            else if (c.Type == TimexType.Time && c.Granularity == Granularity.Time && lastDay is not null && c.Rule.StartsWith("clock-", StringComparison.Ordinal) && !c.Rule.Contains('+', StringComparison.Ordinal))
            {
                c.Value = lastDay + c.Value[c.Value.IndexOf('T', StringComparison.Ordinal)..];
            }
            else if (c.Type == TimexType.Time && c.Value.Length > 10 && c.Value[10] == 'T')
            {
                lastDay = c.Value[..10];
            }
        }
    }

    private static bool Gap(string text, int from, int to, bool allowOn)
    {
        if (to < from || to - from > 6)
        {
            return false;
        }

        return JoinsDay(text.AsSpan(from, to - from).Trim(), allowOn);
    }

    /// <summary>Whether what stands between a clock time and the day after it joins them: nothing, a comma, or (when <paramref name="allowOn"/>) "on".</summary>
    private static bool JoinsDay(ReadOnlySpan<char> gap, bool allowOn) =>
        gap.IsEmpty || gap is "," || (allowOn && gap is "on" or ", on");

    /// <summary>Whether the clock's own zone stands between it and its day: "local time" or a bracketed other zone, then "on" or a comma ("9 p.m. (0100 GMT) on Friday").</summary>
    private static bool ZoneBetween(string text, int from, int to)
    {
        if (to < from || to - from > 30)
        {
            return false;
        }

        var gap = text.AsSpan(from, to - from).Trim();
        var zone = gap.StartsWith("local time", StringComparison.OrdinalIgnoreCase) ? "local time".Length
            : gap.StartsWith('(') && gap.IndexOf(')') is var close and > 0 ? close + 1
            : 0;
        return zone > 0 && JoinsDay(gap[zone..].Trim(), allowOn: true);
    }

    private static bool GapWithAt(string text, int from, int to)
    {
        if (to < from || to - from > 6)
        {
            return false;
        }

        var gap = text.AsSpan(from, to - from).Trim();
        return gap is "at" or ", at";
    }
}
