namespace TimelineFunctions.Application.Merging;

/// <summary>When two reports are one event.</summary>
/// <remarks>
/// Similarity of content is the set cosine of their content words (0–1), actor overlap the shared actors over the
/// smaller actor set (0–1). The figures are set by the dev set's and the samples' gold timelines
/// (docs/evaluation.md): high enough that two events of one type in one week stay apart.
/// </remarks>
public sealed record MergeThresholds
{
    public static readonly MergeThresholds Default = new();

    /// <summary>Content this similar is the same report, whatever the actors found.</summary>
    public double SameContent { get; init; } = 0.5;

    /// <summary>Least content similarity for reports that share their actors.</summary>
    public double SharedActorsContent { get; init; } = 0.12;

    /// <summary>Least actor overlap (of the actors that single out an event) for <see cref="SharedActorsContent"/> to apply.</summary>
    public double SharedActors { get; init; } = 0.5;

    /// <summary>Least content similarity for two reports of the same kind of action on the same day.</summary>
    public double SameDayContent { get; init; } = 0.25;

    /// <summary>
    /// Least content similarity for two reports of the same kind of action on the same day told with the same word
    /// ("was refloated", "became buoyant"): the action's word counts like shared actors.
    /// </summary>
    public double SameTriggerWordContent { get; init; } = 0.12;

    /// <summary>
    /// Least number of content words an untyped clause shares with another article's deed of its day, beside
    /// <see cref="SameDayContent"/>, to be a report of that deed: a short clause reaches the content with a word or two.
    /// </summary>
    public int DetailSharedWords { get; init; } = 3;

    /// <summary>
    /// Least number of content words a chronology's entry shares with a report of its day's event, beside
    /// <see cref="UndatedContent"/>, to sum that event up (<see cref="ChronologyEntries"/>).
    /// </summary>
    public int ChronologyEntrySharedWords { get; init; } = 2;

    /// <summary>
    /// Least content similarity when one report has no date (it must share actors too): an undated report joins
    /// only a clear match.
    /// </summary>
    public double UndatedContent { get; init; } = 0.25;

    /// <summary>
    /// Least content similarity for reports of one event whose dates disagree (days within
    /// <see cref="ConflictWindowDays"/>); they merge with a date conflict instead of standing as two events.
    /// </summary>
    public double ConflictingDateContent { get; init; } = 0.55;

    public int ConflictWindowDays { get; init; } = 7;

    /// <summary>
    /// Least content similarity for one speaker's statements of two days to be one statement: the same words, a copy
    /// reprinted a day late. Less, they are two things the speaker said.
    /// </summary>
    public double ReprintContent { get; init; } = 0.8;


    /// <summary>
    /// Least content similarity for two plans for the same date ("will be sentenced on March 28"), which outlets
    /// may announce on different days: a plan is dated when it was announced.
    /// </summary>
    public double SamePlanContent { get; init; } = 0.12;

    /// <summary>
    /// The type the extractor gives a clause with no event trigger. Such a report can be any event, so it may join
    /// an event of any type other than a statement.
    /// </summary>
    public string UntypedType { get; init; } = "occurrence";

    /// <summary>The type of what someone said; said and done are never one event.</summary>
    public string StatementType { get; init; } = "statement";

    /// <summary>Least content similarity for two reports from the same article (a headline and its lede).</summary>
    public double SameArticleContent { get; init; } = 0.6;
}
