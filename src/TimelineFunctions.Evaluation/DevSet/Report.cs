using System.Text.Json.Serialization;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>The raw counts behind the metrics; stories add up to the overall figures (micro-averages).</summary>
public sealed record MetricCounts
{
    public int CoreGold { get; init; }

    public int CoreFound { get; init; }

    /// <summary>Core gold events found by a system event whose date is right (exact or compatible).</summary>
    public int CoreFoundRightDate { get; init; }

    public int Gold { get; init; }

    public int Found { get; init; }

    public int SystemEvents { get; init; }

    /// <summary>System events assigned to a gold event or a gold undated item.</summary>
    public int SystemCorrect { get; init; }

    /// <summary>Found gold events whose date was judged (the denominator of the date metrics).</summary>
    public int DatesJudged { get; init; }

    public int DatesExact { get; init; }

    /// <summary>Exact or compatible.</summary>
    public int DatesCompatible { get; init; }

    /// <summary>System events assigned to a gold event that already had one assigned.</summary>
    public int Duplicates { get; init; }

    /// <summary>Distinct (gold event, source article) pairs.</summary>
    public int GoldSources { get; init; }

    /// <summary>Pairs where a system event assigned to that gold event carries that article as a source.</summary>
    public int SourcesAttached { get; init; }

    public int GoldActors { get; init; }

    public int ActorsFound { get; init; }

    public int Leaks { get; init; }

    /// <summary>The system actors listed for the story.</summary>
    public int ActorsListed { get; init; }

    /// <summary>Listed actors that are not a person, organization, country, group, place or named object.</summary>
    public int JunkActors { get; init; }

    public static MetricCounts operator +(MetricCounts a, MetricCounts b) => new()
    {
        CoreGold = a.CoreGold + b.CoreGold,
        CoreFound = a.CoreFound + b.CoreFound,
        CoreFoundRightDate = a.CoreFoundRightDate + b.CoreFoundRightDate,
        Gold = a.Gold + b.Gold,
        Found = a.Found + b.Found,
        SystemEvents = a.SystemEvents + b.SystemEvents,
        SystemCorrect = a.SystemCorrect + b.SystemCorrect,
        DatesJudged = a.DatesJudged + b.DatesJudged,
        DatesExact = a.DatesExact + b.DatesExact,
        DatesCompatible = a.DatesCompatible + b.DatesCompatible,
        Duplicates = a.Duplicates + b.Duplicates,
        GoldSources = a.GoldSources + b.GoldSources,
        SourcesAttached = a.SourcesAttached + b.SourcesAttached,
        GoldActors = a.GoldActors + b.GoldActors,
        ActorsFound = a.ActorsFound + b.ActorsFound,
        Leaks = a.Leaks + b.Leaks,
        ActorsListed = a.ActorsListed + b.ActorsListed,
        JunkActors = a.JunkActors + b.JunkActors,
    };

    public static MetricCounts Add(MetricCounts a, MetricCounts b) => a + b;

    /// <summary>The counts of several stories added up.</summary>
    public static MetricCounts Sum(IEnumerable<MetricCounts> counts) => counts.Aggregate(new MetricCounts(), Add);
}

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

/// <summary>A gold event no system event supports.</summary>
public sealed record MissedEvent(string GoldId, string Importance, string Date, string Summary);

/// <summary>A found gold event whose best-supporting system event has a date that is not exact.</summary>
public sealed record DateError(string GoldId, string GoldDate, string? SystemDate, string? SystemGranularity, DateVerdict Verdict, string Quote);

/// <summary>A gold event that several system events are assigned to: the merge left them apart.</summary>
public sealed record DuplicateGroup(string GoldId, IReadOnlyList<DuplicateEvent> Events);

/// <summary>A system event as the report lists it.</summary>
public sealed record DuplicateEvent(string? Date, string Type, IReadOnlyList<string> Articles, string Quote);

public sealed record LeakInfo(string Article, string? Date, string Quote, string Reason);

public sealed record StoryReport(
    string Corpus,
    string Story,
    MetricCounts Counts,
    IReadOnlyList<MissedEvent> MissedCore,
    IReadOnlyList<DateError> DateErrors,
    IReadOnlyList<LeakInfo> Leaks,
    IReadOnlyList<string> MissedActors,
    IReadOnlyList<string> IngestProblems)
{
    public Metrics Metrics => Metrics.From(Counts);

    public IReadOnlyList<DuplicateGroup> Duplicates { get; init; } = [];

    /// <summary>System events that match no gold event or gold undated item: what costs precision.</summary>
    public IReadOnlyList<DuplicateEvent> Unmatched { get; init; } = [];

    /// <summary>Core gold events found only with a wrong date (or undated): what the right-date core recall misses.</summary>
    public IReadOnlyList<string> CoreWithWrongDate { get; init; } = [];

    /// <summary>The names (with their types) of every actor listed for the story, for the JSON report.</summary>
    public IReadOnlyList<string> ActorsListed { get; init; } = [];

    /// <summary>The names of the listed actors judged junk (<see cref="JunkActorJudge"/>).</summary>
    public IReadOnlyList<string> JunkActors { get; init; } = [];

    /// <summary>
    /// Faults of the corpus itself, not of the engine: a gold story with no article files, a gold article id that
    /// matches no file. The command exits non-zero when any story has one.
    /// </summary>
    public IReadOnlyList<string> CorpusErrors { get; init; } = [];
}

public sealed record EvaluationReport(IReadOnlyList<StoryReport> Stories, DateTimeOffset CreatedAt)
{
    public MetricCounts Counts => MetricCounts.Sum(Stories.Select(s => s.Counts));

    public Metrics Metrics => Metrics.From(Counts);
}

/// <summary>The project's targets on the dev set.</summary>
public static class Targets
{
    public const double CoreRecall = 0.90;
    public const double CoreRecallRightDate = 0.90;
    public const double DateExact = 0.90;
    public const double Precision = 0.80;
    public const double DuplicateRate = 0.05;
    public const double SourcesAttached = 0.90;
    public const double ActorRecall = 0.90;
    public const double JunkActorRate = 0.05;
    public const int Leaks = 0;
}
