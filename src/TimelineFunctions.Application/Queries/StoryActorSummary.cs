namespace TimelineFunctions.Application.Queries;

public sealed record StoryActorSummary(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, int EventCount);
