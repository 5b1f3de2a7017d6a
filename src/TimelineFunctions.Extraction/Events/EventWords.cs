namespace TimelineFunctions.Extraction.Events;

/// <summary>The closed word classes of the event rules (Resources/Events/word-classes.txt), case-insensitive.</summary>
internal static class EventWords
{
    private static readonly Dictionary<string, HashSet<string>> Classes = ResourceText.Sections("Events", "word-classes.txt")
        .ToDictionary(s => s.Name, s => new HashSet<string>(s.Entries, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);

    /// <summary>The words of the section <paramref name="name"/>; throws when the data file lacks it.</summary>
    public static HashSet<string> Of(string name) =>
        Classes.TryGetValue(name, out var words) ? words : throw new InvalidOperationException($"Resources/Events/word-classes.txt has no section [{name}].");
}
