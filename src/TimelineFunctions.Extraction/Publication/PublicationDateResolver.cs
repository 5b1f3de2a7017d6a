using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>Finds the publication date. FIRST CUT: structured dates only (blob metadata, JSON field).</summary>
public static class PublicationDateResolver
{
    public static PublicationDating Resolve(RawArticle raw, CleanedArticle cleaned)
    {
        _ = cleaned;
        var best = raw.StructuredDates.OrderByDescending(d => d.Confidence).FirstOrDefault();
        return new PublicationDating(best, raw.StructuredDates, []);
    }
}
