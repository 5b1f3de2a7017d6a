using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Application.Merging;

/// <summary>
/// What someone said on the day they told of a deed is part of that telling: the admiral who told reporters the search
/// had been suspended and said, at the same briefing, "we do not believe that we're going to find any of these
/// individuals still alive". Those words join the deed's event. At an occasion (<see cref="OccasionRemarks"/>) the
/// parties' words stand beside it instead.
/// </summary>
internal static class DeedTellers
{
    /// <summary>For each deed a speaker told of, the deed and the events of what its tellers said that day.</summary>
    public static IEnumerable<IReadOnlyList<EventCluster>> Find(IReadOnlyList<EventCluster> events, SaidByDay said)
    {
        foreach (var deed in events.Where(e => e.AbsorbedBy is null && IsToldDeed(e.Anchor)))
        {
            var words = said.By([.. deed.Members.Select(m => m.SpeakerWords).OfType<string[]>()], deed.Anchor);
            if (words.Count > 0)
            {
                yield return [deed, .. words];
            }
        }
    }

    private static bool IsToldDeed(MergeCandidate report) =>
        SaidByDay.IsDeedOnADay(report) && !EventKind.IsOccasion(report.Contribution.Type);
}
