using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Ports;

/// <summary>One article as stored: the record with its detail and its current contributions.</summary>
public sealed record ArticleVersion(
    ArticleRecord Article,
    IReadOnlyList<EventContribution> Events,
    IReadOnlyList<ActorContribution> Actors);
