namespace TimelineFunctions.Application.Stories;

/// <summary>A story in the index of stories. Counts and dates are derived from its articles when read.</summary>
public sealed record StoryRecord(string Id, string? Title, DateTimeOffset UpdatedAt);
