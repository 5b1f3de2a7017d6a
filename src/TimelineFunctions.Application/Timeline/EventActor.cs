namespace TimelineFunctions.Application.Timeline;

/// <summary>An actor as one event involves it.</summary>
public sealed record EventActor(string Id, string Name, string Type, string Role);
