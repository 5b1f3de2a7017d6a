namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>The scores of every evaluated story, and their sum.</summary>
public sealed record EvaluationReport(IReadOnlyList<StoryReport> Stories, DateTimeOffset CreatedAt)
{
    public MetricCounts Counts => MetricCounts.Sum(Stories.Select(s => s.Counts));

    public Metrics Metrics => Metrics.From(Counts);
}
