namespace TimelineFunctions.Evaluation.T17;

/// <summary>The measures of one summary timeline against a gold timeline.</summary>
public sealed record T17Score(double DateF1, double Rouge1, double Rouge2, double AlignedRouge1, double AlignedRouge2)
{
    public static T17Score Of(IReadOnlyList<(DateOnly Date, IReadOnlyList<string> Sentences)> summary, IReadOnlyList<T17GoldDate> gold)
    {
        var system = summary.GroupBy(e => e.Date).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(e => e.Sentences)]);
        var reference = gold.ToDictionary(g => g.Date, g => g.Sentences);
        var allSystem = summary.SelectMany(e => e.Sentences).ToList();
        var allGold = gold.SelectMany(g => g.Sentences).ToList();
        return new T17Score(
            T17.DateF1.Of(system.Keys, reference.Keys),
            Rouge.F1(allSystem, allGold, 1),
            Rouge.F1(allSystem, allGold, 2),
            Rouge.DateAlignedF1(system, reference, 1),
            Rouge.DateAlignedF1(system, reference, 2));
    }

    public static T17Score Average(IReadOnlyList<T17Score> scores) => scores.Count == 0
        ? new T17Score(0, 0, 0, 0, 0)
        : new T17Score(
            scores.Average(s => s.DateF1),
            scores.Average(s => s.Rouge1),
            scores.Average(s => s.Rouge2),
            scores.Average(s => s.AlignedRouge1),
            scores.Average(s => s.AlignedRouge2));
}
