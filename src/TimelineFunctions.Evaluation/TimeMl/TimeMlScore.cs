namespace TimelineFunctions.Evaluation.TimeMl;

/// <summary>Counts behind the TempEval-3 timex measures; add scores of documents to get corpus totals.</summary>
public sealed record TimeMlScore(int Gold, int System, int StrictMatches, int RelaxedMatches, int CorrectValues, int CorrectTypes)
{
    public static TimeMlScore Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public double StrictPrecision => Ratio(StrictMatches, System);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, System);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>TE3 attribute F1 for value: P = correct values / system timexes, R = correct values / gold timexes.</summary>
    public double ValuePrecision => Ratio(CorrectValues, System);

    public double ValueRecall => Ratio(CorrectValues, Gold);

    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    /// <summary>Share of relaxed matches whose value is right.</summary>
    public double ValueAccuracy => Ratio(CorrectValues, RelaxedMatches);

    public double TypeAccuracy => Ratio(CorrectTypes, RelaxedMatches);

    public double TypeF1 => F1(Ratio(CorrectTypes, System), Ratio(CorrectTypes, Gold));

    public static TimeMlScore operator +(TimeMlScore a, TimeMlScore b) => new(
        a.Gold + b.Gold, a.System + b.System, a.StrictMatches + b.StrictMatches, a.RelaxedMatches + b.RelaxedMatches,
        a.CorrectValues + b.CorrectValues, a.CorrectTypes + b.CorrectTypes);

    public static TimeMlScore Add(TimeMlScore a, TimeMlScore b) => a + b;

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
