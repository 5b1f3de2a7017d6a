namespace TimelineFunctions.Application.Articles;

/// <summary>How the article's publication date was found.</summary>
public sealed record PublishedInfo(DateOnly Date, string Source, string Evidence, double Confidence);
