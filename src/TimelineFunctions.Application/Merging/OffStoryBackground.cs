namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Events that nothing ties to the story, of long before it or of no date at all: another story told in passing, which
/// its timeline leaves out ("the Thai company that rescued children from a flooded cave in 2018"; a shop's sales on
/// the same page as the takeover news).
/// </summary>
/// <remarks>
/// An event that ends more than <see cref="BackgroundDays"/> days before the story's middle day (the median of its
/// reports' day-precise dates), or has no date, is left out unless a report of another article ties it to the story:
/// one that names one of its distinctive actors (people, organizations and groups, not places), or whose words are as
/// close to one of its reports as an undated report's must be to join an event (<see cref="MergeThresholds.UndatedContent"/>).
/// "Microsoft announced plans to acquire Activision" two years before the ruling, or the exchange's founding by the
/// man on trial, are the story's own past. A pure function of the set of reports, like the rest of the merge; the
/// reports stay stored with their articles.
/// </remarks>
internal static class OffStoryBackground
{
    /// <summary>How long before the story's middle day an event is background: a year.</summary>
    public const int BackgroundDays = 365;

    /// <summary>
    /// The fewest words a report of another article shares with the event's to tie it by content: one word of a
    /// two-word sentence ("The attack began …") reaches the content, and says nothing of which event it is.
    /// </summary>
    private const int MinTyingWords = 2;

    /// <summary>Words more common than this in the story cannot tie an event alone, and are not looked up.</summary>
    private const int MaxPostings = 500;

    public static HashSet<EventCluster> Find(IReadOnlyList<EventCluster> events, DateOnly? middleDay, double tyingContent)
    {
        var offStory = new HashSet<EventCluster>();
        if (middleDay is not { } middle)
        {
            return offStory;
        }

        var cutoff = middle.AddDays(-BackgroundDays);
        var loose = events.Where(e => e.AbsorbedBy is null && (e.Anchor.Date is not { } d || d.End < cutoff)).ToList();
        if (loose.Count == 0)
        {
            return offStory;
        }

        var reports = events.Where(e => e.AbsorbedBy is null).SelectMany(e => e.Members).ToList();
        var byActorWord = new Dictionary<string, List<(string Article, string[] Actor)>>(StringComparer.Ordinal);
        var byContentWord = new Dictionary<int, List<MergeCandidate>>();
        foreach (var report in reports)
        {
            foreach (var actor in report.DistinctiveActors)
            {
                foreach (var word in actor)
                {
                    Add(byActorWord, word, (report.Contribution.ArticleId, actor));
                }
            }

            foreach (var id in report.ContentIds)
            {
                Add(byContentWord, id, report);
            }
        }

        foreach (var e in loose)
        {
            var articles = e.Members.Select(m => m.Contribution.ArticleId).ToHashSet(StringComparer.Ordinal);
            var namedElsewhere = e.Members.SelectMany(m => m.DistinctiveActors).Any(actor => actor
                .SelectMany(word => byActorWord.GetValueOrDefault(word) ?? [])
                .Any(other => !articles.Contains(other.Article) && ActorIdWords.Same(actor, other.Actor)));
            var toldElsewhere = !namedElsewhere && e.Members.Any(m => m.ContentIds
                .SelectMany(id => byContentWord.GetValueOrDefault(id) is { Count: <= MaxPostings } posting ? posting : [])
                .Where(other => !articles.Contains(other.Contribution.ArticleId))
                .Distinct()
                .Any(other => WordIds.Similarity(m.ContentIds, other.ContentIds) >= tyingContent && WordIds.Shared(m.ContentIds, other.ContentIds) >= MinTyingWords));
            if (!namedElsewhere && !toldElsewhere)
            {
                offStory.Add(e);
            }
        }

        return offStory;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
