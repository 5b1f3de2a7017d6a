using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>
/// Dates from furniture the cleaner removed: the crawler header, stamp lines, embedded-post attributions.
/// </summary>
/// <remarks>
/// Never from teaser lists or captions.
/// </remarks>
public static class FurnitureDates
{
    public static IEnumerable<PublicationDate> Find(IReadOnlyList<RemovedFurniture> removed)
    {
        foreach (var item in removed)
        {
            switch (item.Rule)
            {
                case CrawlerHeaderRule.RuleName when DateText.FindFirst(item.Text)?.ToDate() is { } date:
                    yield return new PublicationDate(date, PublicationDateSource.CrawlerHeader, $"crawler header \"{item.Text}\"", DateConfidence.CrawlerHeader);
                    break;
                case PublicationStampRule.RuleName when StampParser.ParseStandalone(item.Text) is { } stamp && stamp.Date.ToDate() is { } date:
                    yield return StampDates.ToCandidate(stamp, date, item.Text);
                    break;
                case EmbeddedPostRule.RuleName when DateText.FindAll(item.Text).LastOrDefault()?.ToDate() is { } date:
                    yield return new PublicationDate(date, PublicationDateSource.EmbeddedPost, $"date of an embedded post \"{item.Text}\" (a lower bound, not the article's own date)", DateConfidence.EmbeddedPost);
                    break;
            }
        }
    }
}
