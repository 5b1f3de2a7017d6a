namespace TimelineFunctions.Handler;

/// <summary>The function folders next to host.json; the host posts invocations to /{name}.</summary>
public static class FunctionNames
{
    public const string IngestArticle = "IngestArticle";
    public const string TimelineApi = "TimelineApi";
}
