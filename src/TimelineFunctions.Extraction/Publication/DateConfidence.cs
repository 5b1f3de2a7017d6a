namespace TimelineFunctions.Extraction.Publication;

/// <summary>Confidence given to each kind of evidence (before corroboration).</summary>
public static class DateConfidence
{
    public const double Dateline = 0.85;
    public const double Stamp = 0.85;
    public const double CrawlerHeader = 0.75;
    public const double Url = 0.7;
    public const double DatelineYearInferred = 0.6;
    public const double Update = 0.45;
    public const double EmbeddedPost = 0.3;

    /// <summary>Factor for a numeric stamp whose day/month order could not be settled (05/06/24).</summary>
    public const double AmbiguousOrderFactor = 0.8;
}
