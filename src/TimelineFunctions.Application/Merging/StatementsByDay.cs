using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// The events of things said by a named speaker on a known day (not plans), by that day: what the steps after the
/// match (<see cref="ActionStatements"/>, <see cref="OccasionStatements"/>) look up for the events of one day.
/// </summary>
internal sealed class StatementsByDay
{
    private readonly Dictionary<DateOnly, List<EventCluster>> _byDay = [];

    public StatementsByDay(IEnumerable<EventCluster> events)
    {
        foreach (var said in events.Where(e => e.AbsorbedBy is null && IsStatementOnADay(e.Anchor)))
        {
            var day = said.Anchor.Date!.Start;
            if (!_byDay.TryGetValue(day, out var onDay))
            {
                _byDay[day] = onDay = [];
            }

            onDay.Add(said);
        }
    }

    /// <summary>
    /// The events of things said on the day of <paramref name="report"/> in the voice of one of <paramref name="speakers"/>
    /// (actor id words): by them, or by someone who speaks for them (<see cref="MergeCandidate.Voice"/>). Still
    /// standing, the earliest formed first.
    /// </summary>
    public IReadOnlyList<EventCluster> By(IReadOnlyCollection<string[]> speakers, MergeCandidate report) =>
        speakers.Count > 0 && _byDay.TryGetValue(report.Date!.Start, out var onDay)
            ? [.. onDay.Where(said => said.AbsorbedBy is null && speakers.Any(speaker => said.Anchor.Voice.Any(voice => ActorIdWords.Same(speaker, voice))))]
            : [];

    /// <summary>An action (not something said) done on a known day, not a plan.</summary>
    public static bool IsActionOnADay(MergeCandidate report) =>
        !EventKind.IsSaid(report.Contribution.Type) && report.IsDayPrecise && report.PlannedFor is null;

    private static bool IsStatementOnADay(MergeCandidate report) =>
        EventKind.IsSaid(report.Contribution.Type) && report.SpeakerWords is not null && report.IsDayPrecise && report.PlannedFor is null;
}
