using TimelineFunctions.Application.Queries;
using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Application.Summary;

/// <summary>The sentences of one key date: among the source sentences of the day's events, the ones closest to what most articles say about the day.</summary>
/// <remarks>
/// Each content word weighs as many articles as report it on that day; a sentence scores the weight of its words over
/// the square root of their number (so a long sentence wins only by saying more of what the day is about), sentences
/// of at most <see cref="PreferredWords"/> words come first when there are any, a sentence from an article that looks
/// back on the date (published after it) weighs <see cref="LookingBack"/> times more, since it tells the day as a
/// settled fact the way a timeline does, and a sentence that repeats one already chosen is skipped. Each sentence
/// keeps its event and that event's sources.
/// </remarks>
public static class SentencePicker
{
    /// <summary>Share of words (Jaccard) above which a sentence repeats one already chosen.</summary>
    public const double Redundant = 0.5;

    /// <summary>Sentences longer than this are kept only when the day has no shorter one: summaries are read fast.</summary>
    public const int PreferredWords = 40;

    /// <summary>Factor for a sentence that an article published after the date wrote.</summary>
    public const double LookingBack = 3;

    public static IReadOnlyList<SummarySentence> Pick(IReadOnlyList<TimelineEvent> events, int count)
    {
        var candidates = Candidates(events);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            foreach (var word in c.Words)
            {
                weights[word] = weights.GetValueOrDefault(word) + c.Articles;
            }
        }

        var ranked = candidates
            .OrderBy(c => c.Length > PreferredWords)
            .ThenByDescending(c => (c.Words.Count == 0 ? 0 : c.Words.Sum(w => weights[w]) / Math.Sqrt(c.Words.Count)) * (c.LooksBack ? LookingBack : 1))
            .ThenBy(c => c.Event.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Text, StringComparer.Ordinal);
        var chosen = new List<Candidate>();
        foreach (var c in ranked)
        {
            if (chosen.Count >= count)
            {
                break;
            }

            if (chosen.Any(o => o.Text == c.Text || Overlap(o.Words, c.Words) >= Redundant))
            {
                continue;
            }

            chosen.Add(c);
        }

        return [.. chosen.Select(c => new SummarySentence(c.Text, c.Event.Id, c.Event.Sources))];
    }

    /// <summary>The day's events, most important first: most articles, then what was done before what was said.</summary>
    public static IEnumerable<TimelineEvent> RankEvents(IEnumerable<TimelineEvent> events) => events
        .OrderByDescending(e => e.SourceCount)
        .ThenBy(e => SayingTypes.IsSaying(e.Type))
        .ThenByDescending(e => e.Sources.Count)
        .ThenBy(e => e.Id, StringComparer.Ordinal);

    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Each distinct source sentence once, with the event that most articles report it for.</summary>
    private static List<Candidate> Candidates(IReadOnlyList<TimelineEvent> events) =>
        [.. events
            .SelectMany(e => e.Sources.Where(s => !string.IsNullOrWhiteSpace(s.Quote)).Select(s => (Text: s.Quote.Trim(), Event: e, s.ArticleId, LooksBack: s.Published > e.Date?.End)))
            .GroupBy(q => q.Text, StringComparer.Ordinal)
            .Select(g =>
            {
                var owner = RankEvents(g.Select(q => q.Event).Distinct()).First();
                var words = ContentWords.Of(g.Key);
                return new Candidate(g.Key, owner, words, g.Select(q => q.ArticleId).Distinct(StringComparer.Ordinal).Count(), g.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, g.Any(q => q.LooksBack));
            })];

    private sealed record Candidate(string Text, TimelineEvent Event, HashSet<string> Words, int Articles, int Length, bool LooksBack);
}
