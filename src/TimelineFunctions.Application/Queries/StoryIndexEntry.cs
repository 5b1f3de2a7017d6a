namespace TimelineFunctions.Application.Queries;

/// <summary>A story's current change marker and its indexed facts with the marker they were computed under.</summary>
public sealed record StoryIndexEntry(string CurrentMarker, StoryFacts? Facts, string? FactsMarker)
{
    public bool IsFresh => Facts is not null && FactsMarker == CurrentMarker;
}
