namespace TimelineFunctions.Extraction.Events;

/// <summary>An actor taking part in an event, and how (agent, target, speaker, ...).</summary>
public sealed record EventParticipant(string ActorId, string Role)
{
    /// <summary>An actor named before the event's trigger: who did it.</summary>
    public const string Agent = "agent";

    /// <summary>An actor named after the event's trigger: to whom or what it was done.</summary>
    public const string Target = "target";

    /// <summary>Who made a statement.</summary>
    public const string Speaker = "speaker";

    /// <summary>The organization, country or group a speaking person speaks for ("Halvorsen spokeswoman Ida Brenn said").</summary>
    public const string SpeaksFor = "speaks-for";
}
