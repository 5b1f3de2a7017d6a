using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// What someone said on the day they told of an action is part of that report: the admiral who told reporters the
/// search had been suspended and said, at the same briefing, "we do not believe that we're going to find any of
/// these individuals still alive". So is what a body's spokesperson said on the day the body did an action ("Halvorsen
/// recalled three cheeses on Monday" and, that day, "'We decided to act as soon as the test came back,' spokeswoman
/// Ida Brenn said"): the doer's own account of its deed.
/// </summary>
/// <remarks>
/// Those words join the action's event. At an occasion (<see cref="OccasionStatements"/>) the parties' words stand
/// beside it instead.
/// </remarks>
internal static class ActionStatements
{
    /// <summary>For each action a speaker told of or an agent did, the action and the events of what they said that day.</summary>
    public static IEnumerable<IReadOnlyList<EventCluster>> Find(IReadOnlyList<EventCluster> events, StatementsByDay statements)
    {
        foreach (var action in events.Where(e => e.AbsorbedBy is null && IsReportedAction(e.Anchor)))
        {
            var said = statements.By([.. action.Members.SelectMany(m => m.Voice.Concat(m.Agents))], action.Anchor);
            if (said.Count > 0)
            {
                yield return [action, .. said];
            }
        }
    }

    private static bool IsReportedAction(MergeCandidate report) =>
        StatementsByDay.IsActionOnADay(report) && !EventKind.IsOccasion(report.Contribution.Type);
}
