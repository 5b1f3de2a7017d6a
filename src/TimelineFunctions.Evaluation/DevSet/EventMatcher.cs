using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A system event that supports a gold event, and how many characters their quotes share.</summary>
public sealed record Support(TimelineEvent Event, int Overlap);

/// <summary>
/// Where one system event went: to the gold event (or gold undated item) it overlaps most, or nowhere
/// (<see cref="GoldEvent"/> and <see cref="GoldUndated"/> both null).
/// </summary>
public sealed record Assignment(TimelineEvent Event, GoldEvent? GoldEvent, GoldUndated? GoldUndated, int Overlap)
{
    public bool IsCorrect => GoldEvent is not null || GoldUndated is not null;
}

public sealed record MatchResult(
    IReadOnlyDictionary<GoldEvent, IReadOnlyList<Support>> Supports,
    IReadOnlyList<Assignment> Assignments)
{
    public bool IsFound(GoldEvent gold) => Supports.TryGetValue(gold, out var s) && s.Count > 0;

    /// <summary>The supporting system event with the largest overlap (the first on ties), or null.</summary>
    public TimelineEvent? Best(GoldEvent gold) =>
        Supports.TryGetValue(gold, out var s) && s.Count > 0 ? s.MaxBy(x => x.Overlap)!.Event : null;

    public IReadOnlyList<TimelineEvent> AssignedTo(GoldEvent gold) =>
        [.. Assignments.Where(a => ReferenceEquals(a.GoldEvent, gold)).Select(a => a.Event)];
}

/// <summary>
/// Matches the system's timeline events to gold events. A system event supports a gold event when one of its
/// sources comes from the same article as one of the gold event's sources and their quotes overlap
/// (<see cref="TextOverlap.Overlap"/>). For precision, each system event is assigned to the single gold event or
/// gold undated item it overlaps most (gold events win ties, then gold order).
/// </summary>
public sealed class EventMatcher(Func<string, string> goldArticleOf)
{
    /// <summary>Maps a system article id (the file name, e.g. <c>01-nws.txt</c>) to <c>story/01-nws</c>.</summary>
    public static EventMatcher ForStory(string storyId) =>
        new(articleId => $"{storyId}/{Path.GetFileNameWithoutExtension(articleId)}");

    public MatchResult Match(GoldStory gold, IReadOnlyList<TimelineEvent> systemEvents)
    {
        var supports = gold.Events.ToDictionary(g => g, _ => new List<Support>());
        var assignments = new List<Assignment>(systemEvents.Count);
        foreach (var system in systemEvents)
        {
            var best = new Assignment(system, null, null, 0);
            foreach (var goldEvent in gold.Events)
            {
                var overlap = Overlap(system, goldEvent.Sources.Select(s => (s.Article, s.Quote)));
                if (overlap > 0)
                {
                    supports[goldEvent].Add(new Support(system, overlap));
                    if (overlap > best.Overlap)
                    {
                        best = new Assignment(system, goldEvent, null, overlap);
                    }
                }
            }

            foreach (var undated in gold.Undated)
            {
                var overlap = Overlap(system, [(undated.Article, undated.Quote)]);
                if (overlap > best.Overlap)
                {
                    best = new Assignment(system, null, undated, overlap);
                }
            }

            assignments.Add(best);
        }

        return new MatchResult(
            supports.ToDictionary(p => p.Key, p => (IReadOnlyList<Support>)p.Value),
            assignments);
    }

    /// <summary>The largest overlap between the system event's quotes and the gold quotes of the same article.</summary>
    public int Overlap(TimelineEvent system, IEnumerable<(string Article, string Quote)> goldQuotes)
    {
        var best = 0;
        foreach (var (article, quote) in goldQuotes)
        {
            foreach (var source in system.Sources)
            {
                if (string.Equals(goldArticleOf(source.ArticleId), article, StringComparison.OrdinalIgnoreCase))
                {
                    best = Math.Max(best, TextOverlap.Overlap(source.Quote, quote));
                }
            }
        }

        return best;
    }
}
