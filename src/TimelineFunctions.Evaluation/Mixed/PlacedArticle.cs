namespace TimelineFunctions.Evaluation.Mixed;

/// <summary>An article as automatic assignment placed it: its root blob, its gold story/article, and the decision.</summary>
public sealed record PlacedArticle(string BlobName, string GoldArticle, string Method, double? Score, string Reason)
{
    public string GoldStory => GoldArticle.Split('/')[0];
}
