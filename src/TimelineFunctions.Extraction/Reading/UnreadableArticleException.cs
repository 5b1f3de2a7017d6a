namespace TimelineFunctions.Extraction.Reading;

/// <summary>The input cannot be read as an article (empty, binary, too large, malformed).</summary>
/// <remarks>
/// <see cref="Code"/> is a stable machine-readable reason ("empty", "binary", "too-large", "malformed-json", "no-text",
/// ...); the message says what is wrong in words a user can act on.
/// </remarks>
public sealed class UnreadableArticleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
