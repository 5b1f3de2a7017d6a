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
    /// <summary>The dated remarks the timeline leaves off, which the key dates still count (<see cref="TimelineAssembler.AssembleWithRemarks"/>).</summary>
    public IReadOnlyList<TimelineEvent> Remarks { get; init; } = [];

    /// <summary>Results derived from this assembly alone (the default summary), computed once per assembly.</summary>
    internal ConcurrentDictionary<object, object> Derived { get; } = new();
}
