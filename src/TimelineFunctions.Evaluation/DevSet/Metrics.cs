using System.Text.Json.Serialization;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>The metrics as ratios in [0, 1]; null where the denominator is zero.</summary>
public sealed record Metrics(
    double? CoreRecall,
    double? Recall,
    double? Precision,
    double? DateExact,
    double? DateCompatible,
    double? DuplicateRate,
    double? SourcesAttached,
    double? ActorRecall,
    int Leaks,
    double? CoreRecallRightDate = null,
    double? JunkActorRate = null)
{
    public static Metrics From(MetricCounts c) => new(
        Metric.CoreRecall.Of(c),
        Metric.Recall.Of(c),
        Metric.Precision.Of(c),
        Metric.DateExact.Of(c),
        Metric.DateCompatible.Of(c),
        Metric.DuplicateRate.Of(c),
        Metric.SourcesAttached.Of(c),
        Metric.ActorRecall.Of(c),
        c.Leaks,
        Metric.CoreRecallRightDate.Of(c),
        Metric.JunkActorRate.Of(c));

    [JsonIgnore]
    public IEnumerable<double?> Ratios =>
        [CoreRecall, CoreRecallRightDate, Recall, Precision, DateExact, DateCompatible, DuplicateRate, SourcesAttached, ActorRecall, JunkActorRate];
}
