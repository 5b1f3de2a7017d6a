using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// A line that is only a publication stamp ("Fri Oct 13 2023", "Published: March 5, 2024 10:00 GMT").
/// </summary>
/// <remarks>
/// It is removed from the story text and recorded; the resolver uses it as a Stamp candidate. Three or more unlabelled
/// date lines with different dates, mostly followed by a sentence, are the headings of a timeline article: they are
/// story text and stay.
/// </remarks>
public sealed class PublicationStampRule : ICleaningRule
{
    public const string RuleName = "publication-stamp";

    public string Name => RuleName;

    /// <summary>Whether the next kept line reads as story text (not a headline and not another date line).</summary>
    private static bool NextKeptIsSentence(CleaningDocument document, int index)
    {
        for (var i = index + 1; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsKept)
            {
                var next = document.Lines[i].Text.Trim();
                return !LineShape.IsHeadlineLike(next) && StampParser.ParseStandalone(next) is null;
            }
        }

        return false;
    }

    /// <summary>This many unlabelled date lines with different dates, each mostly followed by story text, are section headings of a timeline, not stamps.</summary>
    private const int TimelineHeadings = 3;

    public void Apply(CleaningDocument document)
    {
        var stamps = new List<(int Index, Stamp Stamp)>();
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsKept && StampParser.ParseStandalone(document.Lines[i].Text.Trim()) is { } stamp)
            {
                stamps.Add((i, stamp));
            }
        }

        var unlabelled = stamps.Where(s => s.Stamp.Label.Length == 0).ToList();
        var headings = unlabelled.Count(s => NextKeptIsSentence(document, s.Index));
        var timeline = unlabelled.Select(s => s.Stamp.Date.ToDate()).Distinct().Count() >= TimelineHeadings && headings * 2 > unlabelled.Count;
        foreach (var (index, stamp) in stamps)
        {
            if (!(timeline && stamp.Label.Length == 0))
            {
                document.Remove(index, Name, "publication stamp line (kept as a publication-date candidate)");
            }
        }
    }
}
