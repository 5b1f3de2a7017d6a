namespace TimelineFunctions.Extraction.Reading;

/// <summary>The format an article arrived in, which picks its reader.</summary>
public enum ArticleFormat
{
    Text,
    Html,
    Json,
}
