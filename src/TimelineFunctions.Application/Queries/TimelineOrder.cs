namespace TimelineFunctions.Application.Queries;

/// <summary>The order a timeline query lists its events in.</summary>
public enum TimelineOrder
{
    Asc,
    Desc,
}
