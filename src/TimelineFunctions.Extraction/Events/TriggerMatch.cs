namespace TimelineFunctions.Extraction.Events;

/// <summary>A trigger found in a clause: what kind of event it names and where.</summary>
public sealed record TriggerMatch(EventKind Kind, int Start, int Length)
{
    /// <summary>The trigger's words in <paramref name="text"/>.</summary>
    internal string TextIn(string text) => text.Substring(Start, Length);
}
