using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A system event that supports a gold event, and how many characters their quotes share.</summary>
public sealed record Support(TimelineEvent Event, int Overlap);
