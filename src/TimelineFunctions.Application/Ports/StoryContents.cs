using TimelineFunctions.Application.Articles;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Ports;

/// <summary>Everything stored for one story: its articles and their current contributions.</summary>
public sealed record StoryContents(
    IReadOnlyList<ArticleRecord> Articles,
    IReadOnlyList<EventContribution> Events,
    IReadOnlyList<ActorContribution> Actors);
