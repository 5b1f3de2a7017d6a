using System.Collections.Concurrent;
using TimelineFunctions.Application.Ports;

namespace TimelineFunctions.Application.Queries;

/// <summary>A story's contents and its assembled (merged) events, for one set of current article versions.</summary>
public sealed record AssembledStory(
    string Version,
    StoryContents Contents,
    IReadOnlyList<TimelineEvent> Dated,
    IReadOnlyList<TimelineEvent> Undated)
{
    /// <summary>Results derived from this assembly alone (the default summary), computed once per assembly.</summary>
    internal ConcurrentDictionary<object, object> Derived { get; } = new();
}
