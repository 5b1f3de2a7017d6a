namespace TimelineFunctions.Extraction.Events;

/// <summary>An actor taking part in an event, and how (agent, target, speaker, ...).</summary>
public sealed record EventParticipant(string ActorId, string Role);
