using TimelineFunctions.Application.Queries;
using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Evaluation.T17;

/// <summary>
/// Coverage of the gold's key dates by the full timeline: the share of gold dates on which the timeline has a
/// day-precise event whose wording matches a gold sentence of that date.
/// </summary>
/// <remarks>
/// A source sentence of the event matches a gold sentence when they share at least <see cref="MinSharedWords"/>
/// content words (stemmed, stopwords left out; <see cref="ContentWords"/>) and at least
/// <see cref="MinSharedShare"/> of the shorter one's.
/// </remarks>
public static class GoldDateCoverage
{
    public const int MinSharedWords = 3;
    public const double MinSharedShare = 0.3;

    public static (int Covered, int Total) Of(IReadOnlyList<TimelineEvent> dated, IReadOnlyList<T17GoldDate> gold)
    {
        var byDay = dated.Where(e => e.Date is { Granularity: "day" }).ToLookup(e => e.Date!.Start);
        var covered = gold.Count(g => byDay[g.Date].Any(e => e.Sources.Any(s => g.Sentences.Any(gs => Matches(s.Quote, gs)))));
        return (covered, gold.Count);
    }

    public static bool Matches(string quote, string goldSentence)
    {
        var a = ContentWords.Of(quote);
        var b = ContentWords.Of(goldSentence);
        var shared = a.Count(b.Contains);
        return shared >= MinSharedWords && shared >= MinSharedShare * Math.Min(a.Count, b.Count);
    }
}
