namespace TimelineFunctions.Application.Stories;

/// <summary>A story in the index of stories.</summary>
/// <remarks>
/// Counts and dates are derived from its articles when read.
/// </remarks>
public sealed record StoryRecord(string Id, string? Title, DateTimeOffset UpdatedAt);
