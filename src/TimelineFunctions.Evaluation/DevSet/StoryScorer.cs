using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>Scores one story's system timeline and actors against its gold timeline.</summary>
public static class StoryScorer
{
    /// <summary>
    /// Scores <paramref name="timeline"/> and <paramref name="actors"/> against <paramref name="gold"/>.
    /// <paramref name="rawTexts"/> holds the raw article text by gold article id (<c>story/stem</c>), for the leak
    /// detector; <paramref name="goldArticleOf"/> maps a system article id to its gold article id;
    /// <paramref name="cleanedTexts"/> holds the system's cleaned text by gold article id, for span overlaps.
    /// </summary>
    public static StoryReport Score(
        string corpus,
        GoldStory gold,
        StoryTimeline? timeline,
        IReadOnlyList<StoryActorSummary> actors,
        IReadOnlyDictionary<string, string> rawTexts,
        Func<string, string> goldArticleOf,
        IReadOnlyList<string>? ingestProblems = null,
        IReadOnlyDictionary<string, string>? cleanedTexts = null)
    {
        var systemEvents = timeline is null ? [] : timeline.Events.Concat(timeline.Undated).ToList();
        var match = new EventMatcher(goldArticleOf, cleanedTexts).Match(gold, systemEvents);

        var dateErrors = new List<DateError>();
        var duplicateGroups = new List<DuplicateGroup>();
        var coreWithWrongDate = new List<string>();
        var missingSources = new List<string>();
        int judged = 0, exact = 0, compatible = 0, duplicates = 0, goldSources = 0, attached = 0, coreRightDate = 0;
        foreach (var goldEvent in gold.Events.Where(e => !e.IsOptional))
        {
            var assigned = match.AssignedTo(goldEvent);
            duplicates += Math.Max(0, assigned.Count - 1);
            if (assigned.Count > 1)
            {
                duplicateGroups.Add(new DuplicateGroup(goldEvent.Id, [.. assigned.Select(Listed)]));
            }

            var articles = goldEvent.Sources.Select(s => s.Article).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            goldSources += articles.Count;
            var missing = articles.Where(article => !assigned.Any(e => e.Sources.Any(s => string.Equals(goldArticleOf(s.ArticleId), article, StringComparison.OrdinalIgnoreCase)))).ToList();
            attached += articles.Count - missing.Count;
            missingSources.AddRange(missing.Select(article => $"{goldEvent.Id}: {article[(article.IndexOf('/', StringComparison.Ordinal) + 1)..]}"));

            if (match.Best(goldEvent) is not { } best)
            {
                continue;
            }

            judged++;
            var verdict = DateScorer.Score(goldEvent, best.Date);
            var rightDate = verdict is DateVerdict.Exact or DateVerdict.Compatible;
            exact += verdict == DateVerdict.Exact ? 1 : 0;
            compatible += rightDate ? 1 : 0;
            if (goldEvent.IsCore)
            {
                // The date judged is the one the date columns judge: the best-supporting event's.
                coreRightDate += rightDate ? 1 : 0;
                if (!rightDate)
                {
                    coreWithWrongDate.Add(goldEvent.Id);
                }
            }
            if (verdict != DateVerdict.Exact)
            {
                dateErrors.Add(new DateError(
                    goldEvent.Id,
                    new GoldDate(goldEvent.Date, goldEvent.Granularity).ToString(),
                    best.Date?.Value,
                    best.Date?.Granularity,
                    verdict,
                    best.Sources.Count > 0 ? best.Sources[0].Quote : ""));
            }
        }

        var actorMatches = ActorMatcher.Match(gold.Actors, actors);
        var leaks = new LeakDetector(goldArticleOf).Detect(gold, match.Assignments, rawTexts);
        var junkActors = JunkActorJudge.Junk(actors, gold.Actors);
        var required = gold.Events.Where(e => !e.IsOptional).ToList();
        var counts = new MetricCounts
        {
            CoreGold = required.Count(e => e.IsCore),
            CoreFound = required.Count(e => e.IsCore && match.IsFound(e)),
            CoreFoundRightDate = coreRightDate,
            Gold = required.Count,
            Found = required.Count(match.IsFound),
            SystemEvents = systemEvents.Count,
            SystemCorrect = match.Assignments.Count(a => a.IsCorrect),
            DatesJudged = judged,
            DatesExact = exact,
            DatesCompatible = compatible,
            Duplicates = duplicates,
            GoldSources = goldSources,
            SourcesAttached = attached,
            GoldActors = gold.Actors.Count,
            ActorsFound = actorMatches.Count(a => a.Found),
            Leaks = leaks.Count,
            ActorsListed = actors.Count,
            JunkActors = junkActors.Count,
        };

        return new StoryReport(
            corpus,
            gold.Story,
            counts,
            [.. required.Where(e => e.IsCore && !match.IsFound(e))
                .Select(e => new MissedEvent(e.Id, e.Importance, new GoldDate(e.Date, e.Granularity).ToString(), e.Summary))],
            dateErrors,
            [.. leaks.Select(l => new LeakInfo(l.Article, l.Event.Date?.Value, l.Quote, l.Reason))],
            [.. actorMatches.Where(a => !a.Found).Select(a => a.Actor.Name)],
            ingestProblems ?? [])
        {
            Duplicates = duplicateGroups,
            Unmatched = [.. match.Assignments.Where(a => !a.IsCorrect).Select(a => Listed(a.Event))],
            CoreWithWrongDate = coreWithWrongDate,
            MissingSources = missingSources,
            JunkActors = [.. junkActors.Select(a => a.Name)],
            ActorsListed = [.. actors.Select(a => $"{a.Name} ({a.Type})")],
        };
    }

    private static DuplicateEvent Listed(TimelineEvent e) =>
        new(e.Date?.Value, e.Type, [.. e.Sources.Select(s => s.ArticleId)], e.Sources.Count > 0 ? e.Sources[0].Quote : "");
}
