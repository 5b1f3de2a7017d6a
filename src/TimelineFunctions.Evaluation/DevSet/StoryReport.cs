namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>One story's scores: its counts, and what the engine missed or got wrong, for debugging.</summary>
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

    /// <summary>Gold sources not attached ("m9: 04-tradelawdaily"): the articles of a gold event that no system event assigned to it cites.</summary>
    public IReadOnlyList<string> MissingSources { get; init; } = [];

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
