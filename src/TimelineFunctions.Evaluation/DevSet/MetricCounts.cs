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
