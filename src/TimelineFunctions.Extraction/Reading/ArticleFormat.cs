namespace TimelineFunctions.Extraction.Reading;

public enum ArticleFormat
{
    Text,
    Html,
    Json,
}
