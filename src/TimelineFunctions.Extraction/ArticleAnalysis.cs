using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction;

/// <summary>Everything the engine found in one article.</summary>
/// <remarks>
/// Offsets refer to <see cref="CleanedArticle.Text"/>.
/// </remarks>
public sealed record ArticleAnalysis(
    RawArticle Raw,
    CleanedArticle Cleaned,
    PublicationDating Publication,
    IReadOnlyList<TemporalExpression> TemporalExpressions,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ExtractedEvent> Events)
{
    /// <summary>Where each actor is named in the cleaned text.</summary>
    public IReadOnlyList<ActorMention> ActorMentions { get; init; } = [];

    /// <summary>The per-article limits this article hit (<see cref="ArticleLimits"/>), also listed in <see cref="CleanedArticle.Removed"/>.</summary>
    public IReadOnlyList<RemovedFurniture> LimitNotes { get; init; } = [];
}
