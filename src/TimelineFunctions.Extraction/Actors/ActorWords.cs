namespace TimelineFunctions.Extraction.Actors;

/// <summary>The closed word classes of the actor rules (Resources/Actors/word-classes.txt).</summary>
internal static class ActorWords
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Classes = ResourceText.Sections("Actors", "word-classes.txt")
        .ToDictionary(s => s.Name, s => s.Entries, StringComparer.Ordinal);

    /// <summary>The words of the section <paramref name="name"/>, compared with <paramref name="comparer"/>.</summary>
    public static HashSet<string> Of(string name, StringComparer comparer) =>
        Classes.TryGetValue(name, out var words)
            ? new HashSet<string>(words, comparer)
            : throw new InvalidOperationException($"Resources/Actors/word-classes.txt has no section [{name}].");
}
