using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A system event built from text the gold says is not part of the story.</summary>
public sealed record Leak(TimelineEvent Event, string Article, string Quote, string Reason);
