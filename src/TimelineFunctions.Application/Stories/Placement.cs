using TimelineFunctions.Application.Articles;

namespace TimelineFunctions.Application.Stories;

/// <summary>Where an ingest puts an article, and whether the article starts that story.</summary>
public sealed record Placement(string StoryId, StoryAssignment Assignment, string? MovedFrom, bool StartsStory);
