namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>One dev-set metric: the ratio of two of a story's counts, its column in the report and its target.</summary>
/// <param name="Column">The report table's column header.</param>
/// <param name="Numerator">The count the ratio takes.</param>
/// <param name="Denominator">The count it takes it out of.</param>
/// <param name="TargetName">How the report names the target, or null where there is none.</param>
/// <param name="Target">The target ratio (see <see cref="Targets"/>), or null.</param>
/// <param name="AtMost">The target is a ceiling (duplicates, junk actors), not a floor.</param>
public sealed record Metric(
    string Column,
    Func<MetricCounts, int> Numerator,
    Func<MetricCounts, int> Denominator,
    string? TargetName = null,
    double? Target = null,
    bool AtMost = false)
{
    public static readonly Metric CoreRecall = new("core recall", c => c.CoreFound, c => c.CoreGold, "core recall", Targets.CoreRecall);

    public static readonly Metric CoreRecallRightDate =
        new("core, right date", c => c.CoreFoundRightDate, c => c.CoreGold, "core recall, right date", Targets.CoreRecallRightDate);

    public static readonly Metric Recall = new("recall", c => c.Found, c => c.Gold);

    public static readonly Metric Precision = new("precision", c => c.SystemCorrect, c => c.SystemEvents, "precision", Targets.Precision);

    public static readonly Metric DateExact = new("date exact", c => c.DatesExact, c => c.DatesJudged, "exact dates", Targets.DateExact);

    public static readonly Metric DateCompatible = new("date compat.", c => c.DatesCompatible, c => c.DatesJudged);

    public static readonly Metric DuplicateRate =
        new("duplicates", c => c.Duplicates, c => c.SystemEvents, "duplicates", Targets.DuplicateRate, AtMost: true);

    public static readonly Metric SourcesAttached =
        new("sources", c => c.SourcesAttached, c => c.GoldSources, "sources attached", Targets.SourcesAttached);

    public static readonly Metric ActorRecall = new("actors", c => c.ActorsFound, c => c.GoldActors, "actor recall", Targets.ActorRecall);

    public static readonly Metric JunkActorRate =
        new("junk actors", c => c.JunkActors, c => c.ActorsListed, "junk actors", Targets.JunkActorRate, AtMost: true);

    /// <summary>The ratios in the order of the report's columns.</summary>
    public static IReadOnlyList<Metric> Columns { get; } =
        [CoreRecall, CoreRecallRightDate, Recall, Precision, DateExact, DateCompatible, DuplicateRate, SourcesAttached, ActorRecall, JunkActorRate];

    /// <summary>The ratios with a target, in the order the report judges them.</summary>
    public static IReadOnlyList<Metric> Targeted { get; } =
        [CoreRecall, CoreRecallRightDate, DateExact, Precision, DuplicateRate, SourcesAttached, ActorRecall, JunkActorRate];

    /// <summary>The ratio in [0, 1], or null where the denominator is zero.</summary>
    public double? Of(MetricCounts counts)
    {
        var denominator = Denominator(counts);
        return denominator == 0 ? null : (double)Numerator(counts) / denominator;
    }

    /// <summary>Whether <paramref name="counts"/> meet the target; an undefined ratio (no denominator) meets it.</summary>
    public bool IsMet(MetricCounts counts) =>
        Target is not { } target || Of(counts) is not { } ratio || (AtMost ? ratio <= target : ratio >= target);
}
