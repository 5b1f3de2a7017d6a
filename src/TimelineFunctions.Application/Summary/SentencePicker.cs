using TimelineFunctions.Application.Queries;
using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Application.Summary;

/// <summary>
/// The sentences of one key date: the day's events, best supported first (most articles, then what was done before
/// what was said), each told by its most representative wording (the source sentence that shares the most words
/// with the other sources of the event), skipping a wording that repeats one already chosen.
/// </summary>
public static class SentencePicker
{
    /// <summary>Share of words (Jaccard) above which a sentence repeats one already chosen.</summary>
    public const double Redundant = 0.5;

    private static readonly HashSet<string> SayingTypes = new(StringComparer.Ordinal) { "statement", "occurrence" };

    public static IReadOnlyList<SummarySentence> Pick(IReadOnlyList<TimelineEvent> events, int count)
    {
        var chosen = new List<(SummarySentence Sentence, HashSet<string> Words)>();
        foreach (var e in RankEvents(events))
        {
            if (chosen.Count >= count)
            {
                break;
            }

            var text = BestWording(e);
            var words = ContentWords.Of(text);
            if (chosen.Any(c => c.Sentence.Text == text || Overlap(c.Words, words) >= Redundant))
            {
                continue;
            }

            chosen.Add((new SummarySentence(text, e.Id, e.Sources), words));
        }

        return [.. chosen.Select(c => c.Sentence)];
    }

    /// <summary>The day's events, most important first.</summary>
    public static IEnumerable<TimelineEvent> RankEvents(IEnumerable<TimelineEvent> events) => events
        .OrderByDescending(e => e.SourceCount)
        .ThenBy(e => SayingTypes.Contains(e.Type))
        .ThenByDescending(e => e.Sources.Count)
        .ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>The source sentence closest to all the others of the event; on a tie, the earliest published, then the shortest.</summary>
    public static string BestWording(TimelineEvent e)
    {
        var quotes = e.Sources.Select(s => s.Quote).Where(q => !string.IsNullOrWhiteSpace(q)).Distinct(StringComparer.Ordinal).ToList();
        if (quotes.Count == 0)
        {
            return e.Summary;
        }

        var words = quotes.Select(q => ContentWords.Of(q)).ToList();
        var published = quotes.Select(q => e.Sources.Where(s => s.Quote == q).Min(s => s.Published ?? DateOnly.MaxValue)).ToList();
        return Enumerable.Range(0, quotes.Count)
            .OrderByDescending(i => Enumerable.Range(0, quotes.Count).Where(j => j != i).Sum(j => Overlap(words[i], words[j])))
            .ThenBy(i => published[i])
            .ThenBy(i => quotes[i].Length)
            .Select(i => quotes[i].Trim())
            .First();
    }

    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
