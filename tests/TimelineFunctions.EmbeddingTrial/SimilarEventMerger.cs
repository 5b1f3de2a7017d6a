using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.EmbeddingTrial;

/// <summary>Merges events on compatible dates whose embeddings have a cosine of at least the threshold, the closest pairs first.</summary>
/// <remarks>
/// Compatible: two days at most one day apart (a relative-date slip), or one period inside the other. The merged
/// event is the one with the most articles, with every source of the group.
/// </remarks>
internal sealed class SimilarEventMerger(EventEmbeddings embeddings, double threshold)
{
    public Task<StoryTimeline> MergeAsync(StoryTimeline timeline, CancellationToken cancellationToken)
    {
        var events = timeline.Events;
        var vectors = events.Select(embeddings.Of).ToList();
        var links = new List<(int A, int B, double Cosine)>();
        for (var a = 0; a < events.Count; a++)
        {
            for (var b = a + 1; b < events.Count; b++)
            {
                var cosine = EventEmbeddings.Cosine(vectors[a], vectors[b]);
                if (cosine >= threshold && Compatible(events[a].Date, events[b].Date))
                {
                    links.Add((a, b, cosine));
                }
            }
        }

        var group = Enumerable.Range(0, events.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        foreach (var (a, b, _) in links.OrderByDescending(l => l.Cosine))
        {
            group[Root(b)] = Root(a);
        }

        List<TimelineEvent> merged = [.. Enumerable.Range(0, events.Count)
            .GroupBy(Root)
            .Select(g => g.Select(i => events[i]).OrderByDescending(e => e.SourceCount).ToList())
            .Select(members => members[0] with { Sources = [.. members.SelectMany(e => e.Sources)] })];
        return Task.FromResult(timeline with { Events = merged });
    }

    private static bool Compatible(EventDateInfo? a, EventDateInfo? b) => (a, b) switch
    {
        ({ Granularity: "day" } x, { Granularity: "day" } y) => Math.Abs(x.Start.DayNumber - y.Start.DayNumber) <= 1,
        ({ } x, { } y) => (x.Start >= y.Start && x.End <= y.End) || (y.Start >= x.Start && y.End <= x.End),
        _ => false,
    };
}
