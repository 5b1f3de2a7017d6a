using TimelineFunctions.Application.Articles;

namespace TimelineFunctions.Application.Ports;

/// <summary>What a save did: whether the article row now names this record because of this call, and the record it replaced.</summary>
/// <remarks>
/// <see cref="Replaced"/> is null when the article was new. A save that lost to a newer or withdrawn version did not switch.
/// </remarks>
public sealed record ArticleSaveResult(bool Switched, ArticleRecord? Replaced);
