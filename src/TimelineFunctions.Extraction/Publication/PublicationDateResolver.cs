using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>Finds the publication date (DCT).</summary>
/// <remarks>
/// Candidates come from structured places (blob metadata, JSON field, HTML meta, JSON-LD), the cleaned text (dateline,
/// labelled stamps opening a line), furniture the cleaner removed (crawler header, stamp lines, embedded-post
/// attributions — never teaser lists or captions) and the URL. Choice: the most confident first-publication candidate
/// (an agreeing candidate from another source adds 0.03 each); among equals, the higher-priority source, then the
/// earlier date. Update stamps are candidates only, unless nothing else exists; an embedded post's date is returned
/// only when nothing else exists, at confidence 0.3. No evidence: Date is null. Several labelled stamps give one <see
/// cref="DatedBlock"/> each.
/// </remarks>
public static class PublicationDateResolver
{
    private const double AgreementBonus = 0.03;
    private const double MaxConfidence = 0.99;

    public static PublicationDating Resolve(RawArticle raw, CleanedArticle cleaned)
    {
        var candidates = new List<PublicationDate>(raw.StructuredDates);
        candidates.AddRange(FurnitureDates.Find(cleaned.Removed));
        var stamps = StampDates.FindLeading(cleaned.Text);
        candidates.AddRange(stamps.Select(s => s.Date));
        candidates.AddRange(UrlDates.Find(raw.Url));
        candidates.InsertRange(0, DatelineDates.Find(cleaned.Text, candidates));

        var chosen = Choose(candidates);
        var entries = LiveClock.Entries(cleaned.Text);
        return new PublicationDating(chosen, candidates, stamps.Count >= 2 ? Blocks(cleaned.Text, stamps) : LiveClock.Blocks(entries, cleaned.Text.Length, chosen))
        {
            PageDay = chosen is null ? DatelineDates.Yearless(cleaned.Text) : null,
            LiveEntryStarts = [.. entries.Select(e => e.Offset)],
        };
    }

    public static PublicationDate? Choose(IReadOnlyList<PublicationDate> candidates)
    {
        var pool = candidates.Where(c => !c.IsUpdate && c.Source != PublicationDateSource.EmbeddedPost).ToList();
        if (pool.Count == 0)
        {
            pool = [.. candidates.Where(c => c.IsUpdate)];
        }

        if (pool.Count == 0)
        {
            pool = [.. candidates.Where(c => c.Source == PublicationDateSource.EmbeddedPost)];
        }

        if (pool.Count == 0)
        {
            return null;
        }

        var scored = pool.Select(c =>
        {
            var agreeing = pool.Where(o => o.Date == c.Date && o.Source != c.Source).Select(o => o.Source).Distinct().ToList();
            var score = Math.Min(MaxConfidence, Math.Max(c.Confidence, c.Confidence + (AgreementBonus * agreeing.Count)));
            return (Candidate: c, Score: score, Agreeing: agreeing);
        });

        var best = scored
            .OrderByDescending(s => Math.Round(s.Score, 6))
            .ThenBy(s => s.Candidate.Source)
            .ThenBy(s => s.Candidate.Date)
            .First();
        var evidence = best.Agreeing.Count == 0
            ? best.Candidate.Evidence
            : $"{best.Candidate.Evidence}; agrees with {string.Join(", ", best.Agreeing)}";
        var disagreeing = pool.Where(o => o.Date != best.Candidate.Date).Select(o => $"{o.Source} {o.Date:yyyy-MM-dd}").Distinct().ToList();
        if (disagreeing.Count > 0)
        {
            evidence += $"; outranks {string.Join(", ", disagreeing)}";
        }

        return best.Candidate with { Confidence = Math.Round(best.Score, 3), Evidence = evidence };
    }

    /// <summary>One block per labelled stamp when there are at least two; the first block also covers any text before its stamp.</summary>
    private static List<DatedBlock> Blocks(string text, List<(int Offset, PublicationDate Date)> stamps)
    {
        if (stamps.Count < 2)
        {
            return [];
        }

        var blocks = new List<DatedBlock>();
        for (var i = 0; i < stamps.Count; i++)
        {
            var start = i == 0 ? 0 : stamps[i].Offset;
            var end = i + 1 < stamps.Count ? stamps[i + 1].Offset : text.Length;
            blocks.Add(new DatedBlock(start, end - start, stamps[i].Date));
        }

        return blocks;
    }
}
