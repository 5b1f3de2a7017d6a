namespace TimelineFunctions.Extraction.Actors;

/// <summary>Where an actor is named in the cleaned text.</summary>
public sealed record ActorMention(int Start, int Length, string ActorId);
