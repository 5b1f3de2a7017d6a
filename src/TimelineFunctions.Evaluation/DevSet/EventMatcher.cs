using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>Matches the system's timeline events to gold events.</summary>
/// <remarks>
/// A system event supports a gold event when one of its sources comes from the same article as one of the gold
/// event's sources and their quotes overlap: their spans in the article's cleaned text share at least one character
/// (when the cleaned text is known and holds both quotes), or their normalised texts overlap by
/// <see cref="TextOverlap.Overlap"/>. For precision, each system event is assigned to the single gold event or gold
/// undated item it overlaps most (gold events win ties, then gold order).
/// </remarks>
/// <param name="goldArticleOf">Maps a system article id to its gold article id (<c>story/stem</c>).</param>
/// <param name="cleanedTexts">The system's cleaned text of each article, by gold article id, when known.</param>
public sealed class EventMatcher(Func<string, string> goldArticleOf, IReadOnlyDictionary<string, string>? cleanedTexts = null)
{
    private readonly Dictionary<string, string> _normalizedCleaned = new(StringComparer.OrdinalIgnoreCase);

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
                    if (IsBetter(system, goldEvent, overlap, best))
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

    /// <summary>
    /// Whether <paramref name="candidate"/> suits the system event better than the best so far: a gold event whose date
    /// agrees with the system event's (exact or compatible) before one whose date does not, since a sentence that
    /// tells two gold events ("announced on April 25 ahead of the June 10 announcement") holds both quotes; then the
    /// larger overlap; on a tie the closer date.
    /// </summary>
    private static bool IsBetter(TimelineEvent system, GoldEvent candidate, int overlap, Assignment best)
    {
        if (best.GoldEvent is not { } rival)
        {
            return overlap > best.Overlap;
        }

        var (mine, theirs) = (DateScorer.Score(candidate, system.Date), DateScorer.Score(rival, system.Date));
        var (agrees, rivalAgrees) = (mine is DateVerdict.Exact or DateVerdict.Compatible, theirs is DateVerdict.Exact or DateVerdict.Compatible);
        return agrees != rivalAgrees ? agrees : overlap > best.Overlap || (overlap == best.Overlap && mine < theirs);
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
                    if (Cleaned(article) is { } cleaned)
                    {
                        best = Math.Max(best, TextOverlap.SpanOverlap(cleaned, source.Quote, quote));
                    }
                }
            }
        }

        return best;
    }

    private string? Cleaned(string article)
    {
        if (cleanedTexts is null || !cleanedTexts.TryGetValue(article, out var text))
        {
            return null;
        }

        if (!_normalizedCleaned.TryGetValue(article, out var normalized))
        {
            normalized = TextOverlap.Normalize(text);
            _normalizedCleaned[article] = normalized;
        }

        return normalized;
    }
}
