namespace TimelineFunctions.Application.Merging;

/// <summary>
/// Events of long before the story that nothing ties to it: another story told in passing, which its timeline leaves
/// out ("the Thai company that rescued children from a flooded cave in 2018"; "older residents still talk about the
/// 1998 collision").
/// </summary>
/// <remarks>
/// An event that ends more than <see cref="BackgroundDays"/> days before the story's middle day (the median of its
/// reports' day-precise dates) is background. It stays on the timeline when one of its distinctive actors (people,
/// organizations and groups, not places) is named by a report of an article that does not tell it: "Microsoft
/// announced plans to acquire Activision" two years before the ruling, or the exchange's founding by the man on
/// trial, are the story's own past. A pure function of the set of reports, like the rest of the merge; the reports
/// stay stored with their articles.
/// </remarks>
internal static class OffStoryBackground
{
    /// <summary>How long before the story's middle day an event is background: a year.</summary>
    public const int BackgroundDays = 365;

    public static HashSet<EventCluster> Find(IReadOnlyList<EventCluster> events, DateOnly? middleDay)
    {
        var offStory = new HashSet<EventCluster>();
        if (middleDay is not { } middle)
        {
            return offStory;
        }

        var cutoff = middle.AddDays(-BackgroundDays);
        var old = events.Where(e => e.AbsorbedBy is null && e.Anchor.Date is { } d && d.End < cutoff).ToList();
        if (old.Count == 0)
        {
            return offStory;
        }

        // Who each article names, found by any word of an actor's id.
        var byWord = new Dictionary<string, List<(string Article, string[] Actor)>>(StringComparer.Ordinal);
        foreach (var report in events.Where(e => e.AbsorbedBy is null).SelectMany(e => e.Members))
        {
            foreach (var actor in report.DistinctiveActors)
            {
                foreach (var word in actor)
                {
                    if (!byWord.TryGetValue(word, out var named))
                    {
                        byWord[word] = named = [];
                    }

                    named.Add((report.Contribution.ArticleId, actor));
                }
            }
        }

        foreach (var e in old)
        {
            var articles = e.Members.Select(m => m.Contribution.ArticleId).ToHashSet(StringComparer.Ordinal);
            var tied = e.Members.SelectMany(m => m.DistinctiveActors).Any(actor => actor
                .SelectMany(word => byWord.GetValueOrDefault(word) ?? [])
                .Any(other => !articles.Contains(other.Article) && ActorIdWords.Same(actor, other.Actor)));
            if (!tied)
            {
                offStory.Add(e);
            }
        }

        return offStory;
    }
}
