using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// An article that tells one action (not a plan) on a day and adds clauses of that day with no event word of their
/// own, or plans with no date of their own, is giving that action's details.
/// </summary>
/// <remarks>
/// After "The massive cargo vessel became buoyant around 6:40 a.m. on Monday", the Banner's "Tugboats began moving
/// Dali around 7 a.m." and "Maryland Gov. Wes Moore watched the effort Monday morning from a boat" are the refloat seen
/// closer; after "the channel reopened on Monday", "this effort will continue until the channel is restored to its full
/// width" is what comes next, not an event of its own (a plan for a date, "will reopen fully on June 10", stays one).
/// Such an event joins the article's one action of its day. When the article tells two or more actions that day, it
/// joins the one whose words it shares most ("this effort will continue until the federal channel is restored" goes
/// with "the restoration of the federal channel", not with "the ship was refloated"); when none shares more than the
/// others, which one it belongs to is not known, and it stays apart.
/// </remarks>
internal static class ArticleDayDetails
{
    /// <summary>
    /// For each detail (untyped, or a plan for no date), the action of its article and day it belongs to (the only one,
    /// or the one it shares most words with), and the detail.
    /// </summary>
    public static IEnumerable<IReadOnlyList<EventCluster>> Find(IReadOnlyList<EventCluster> events, string untypedType)
    {
        bool IsTypedAction(MergeCandidate report) =>
            report.Contribution.Type != untypedType && report.Contribution.Type != EventKind.PlanType && StatementsByDay.IsActionOnADay(report);

        // Keyed also by whether the article gives the action's day in words: a detail dated in words ("airlifted …
        // Wednesday") is no detail of an action the article only put on that day by its date ("officials have
        // contacted …" in a lead).
        var actionsByArticleDay = new Dictionary<(string Article, DateOnly Day, bool DatedInWords), HashSet<EventCluster>>();
        foreach (var action in events.Where(e => e.AbsorbedBy is null && IsTypedAction(e.Anchor)))
        {
            foreach (var member in action.Members.Where(IsTypedAction))
            {
                foreach (var key in Keys(member))
                {
                    if (!actionsByArticleDay.TryGetValue(key, out var actions))
                    {
                        actionsByArticleDay[key] = actions = [];
                    }

                    actions.Add(action);
                }
            }
        }

        bool IsDetail(MergeCandidate report) =>
            (report.Contribution.Type == untypedType || report.Contribution.Type == EventKind.PlanType) && StatementsByDay.IsActionOnADay(report);

        foreach (var detail in events.Where(e => e.AbsorbedBy is null && e.Members.All(IsDetail)))
        {
            if (actionsByArticleDay.TryGetValue(Key(detail.Anchor), out var actions)
                && (actions.Count == 1 ? actions.Single() : ClosestInWords(detail, actions)) is { } action)
            {
                yield return [action, detail];
            }
        }
    }

    private static (string Article, DateOnly Day, bool DatedInWords) Key(MergeCandidate report) =>
        (report.Contribution.ArticleId, report.Date!.Start, report.Date.Texts.Count > 0);

    /// <summary>
    /// The keys an action's report is found by: an action dated in words by the details of its day however they are
    /// dated, one dated by its page only by details dated by their page too.
    /// </summary>
    private static IEnumerable<(string Article, DateOnly Day, bool DatedInWords)> Keys(MergeCandidate action) =>
        Key(action) is { DatedInWords: true } key ? [key, key with { DatedInWords = false }] : [Key(action)];

    /// <summary>The action whose reports share the most content words with the detail, when one shares more than every other.</summary>
    private static EventCluster? ClosestInWords(EventCluster detail, HashSet<EventCluster> actions)
    {
        var ranked = actions
            .Select(action => (Action: action, Score: action.Members.Max(m => WordIds.Similarity(m.ContentIds, detail.Anchor.ContentIds))))
            .OrderByDescending(a => a.Score)
            .ToList();
        return ranked[0].Score > 0 && ranked[0].Score > ranked[1].Score ? ranked[0].Action : null;
    }
}
