using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal;

/// <summary>Finds and normalises temporal expressions. FIRST CUT: ISO dates and "Month D, YYYY" only.</summary>
public sealed partial class TemporalTagger
{
    public static TemporalTagger Default { get; } = new();

    public IReadOnlyList<TemporalExpression> Tag(string text, DateOnly? documentDate)
    {
        _ = documentDate;
        var found = new List<TemporalExpression>();
        foreach (Match m in DatePattern().Matches(text))
        {
            if (DateOnly.TryParse(m.Value, CultureInfo.InvariantCulture, out var date))
            {
                found.Add(new TemporalExpression(m.Index, m.Length, m.Value, TimexType.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Granularity.Day, date, date, null, "first-cut"));
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b")]
    private static partial Regex DatePattern();
}
