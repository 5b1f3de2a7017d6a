namespace TimelineFunctions.Extraction.Events;

/// <summary>The closed word classes of the event rules (Resources/Events/word-classes.txt), case-insensitive.</summary>
internal static class EventWords
{
    private static readonly Dictionary<string, HashSet<string>> Classes = ResourceText.Sections("Events", "word-classes.txt")
        .ToDictionary(s => s.Name, s => new HashSet<string>(s.Entries, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);

    /// <summary>The words of the section <paramref name="name"/>; throws when the data file lacks it.</summary>
    public static HashSet<string> Of(string name) =>
        Classes.TryGetValue(name, out var words) ? words : throw new InvalidOperationException($"Resources/Events/word-classes.txt has no section [{name}].");

    /// <summary>The words of the sections <paramref name="names"/> together, case-insensitive.</summary>
    public static HashSet<string> OfAll(params string[] names) => new(names.SelectMany(Of), StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="OfAll"/>, looked up by a span of the text.</summary>
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] names) =>
        OfAll(names).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The phrases of the section <paramref name="name"/>, with one search for any of them.</summary>
    public static MarkerPhrases Phrases(string name) => new(Of(name));

    /// <summary>Whether one of <paramref name="phrases"/> stands in <paramref name="span"/> as whole words, case-insensitive.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> span, MarkerPhrases phrases)
    {
        if (!span.ContainsAny(phrases.Any))
        {
            return false;
        }

        foreach (var phrase in phrases.Phrases)
        {
            var at = span.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && IsWholeWords(span, at, phrase.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where each of <paramref name="phrases"/> stands in [start, end) of <paramref name="text"/> as whole words, case-insensitive.</summary>
    public static IEnumerable<int> Occurrences(string text, int start, int end, MarkerPhrases phrases)
    {
        if (!text.AsSpan(start, end - start).ContainsAny(phrases.Any))
        {
            yield break;
        }

        foreach (var phrase in phrases.Phrases)
        {
            for (var at = text.IndexOf(phrase, start, end - start, StringComparison.OrdinalIgnoreCase); at >= 0 && at + phrase.Length <= end;
                at = at + 1 < end ? text.IndexOf(phrase, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (IsWholeWords(text, at, phrase.Length))
                {
                    yield return at;
                }
            }
        }
    }

    private static bool IsWholeWords(ReadOnlySpan<char> text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));
}
