using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Evaluation.TimeMl;

/// <summary>
/// TempEval-3 timex scoring: strict spans (identical offsets), relaxed spans (any overlap; each gold and each
/// system timex matched at most once, in text order), and value/type correctness over the relaxed matches.
/// </summary>
/// <remarks>
/// Ages (<see cref="TemporalExpression.IsAge"/>) are dropped from the system output: the TBAQ corpora do not
/// annotate them.
/// </remarks>
public static class TimeMlScorer
{
    public static TimeMlScore Score(TimeMlDocument document, IReadOnlyList<TemporalExpression> system, List<TimexComparison>? comparisons = null)
    {
        var sys = system.Where(s => !s.IsAge).OrderBy(s => s.Start).ToList();
        var gold = document.Timexes;
        var goldUsed = new bool[gold.Count];
        int strict = 0, relaxed = 0, values = 0, types = 0;
        foreach (var s in sys)
        {
            var best = -1;
            for (var g = 0; g < gold.Count; g++)
            {
                if (goldUsed[g] || gold[g].End <= s.Start || gold[g].Start >= s.End)
                {
                    continue;
                }

                // Prefer the exact span, else the first overlapping gold.
                if (gold[g].Start == s.Start && gold[g].End == s.End)
                {
                    best = g;
                    break;
                }

                if (best < 0)
                {
                    best = g;
                }
            }

            if (best < 0)
            {
                comparisons?.Add(new TimexComparison(document.Id, TimexOutcome.Spurious, null, s));
                continue;
            }

            goldUsed[best] = true;
            var gt = gold[best];
            relaxed++;
            if (gt.Start == s.Start && gt.End == s.End)
            {
                strict++;
            }

            var valueOk = string.Equals(gt.Value, s.Value, StringComparison.Ordinal);
            if (valueOk)
            {
                values++;
            }

            if (string.Equals(gt.Type, TypeName(s.Type), StringComparison.Ordinal))
            {
                types++;
            }

            comparisons?.Add(new TimexComparison(document.Id, valueOk ? TimexOutcome.Correct : TimexOutcome.WrongValue, gt, s));
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldUsed[g])
            {
                comparisons?.Add(new TimexComparison(document.Id, TimexOutcome.Missed, gold[g], null));
            }
        }

        return new TimeMlScore(gold.Count, sys.Count, strict, relaxed, values, types);
    }

    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };
}
