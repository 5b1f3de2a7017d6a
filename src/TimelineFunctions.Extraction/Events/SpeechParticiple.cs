namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// What a clause's subject said, in a participial phrase after a comma ("Kessel urged both sides to return to talks,
/// saying the strike was hurting every exporter"): an event word there is reported, not the clause's own deed, so it
/// does not type the clause.
/// </summary>
internal static class SpeechParticiple
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Participles =
        EventWords.Of("speech-participles").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="at"/> follows a speech participle that opens the phrase after the last comma, looking back no further than <paramref name="from"/>.</summary>
    public static bool Holds(string text, int from, int at)
    {
        var comma = at > from ? text.LastIndexOf(',', at - 1, at - from) : -1;
        while (comma > from && comma + 1 < text.Length && char.IsDigit(text[comma - 1]) && char.IsDigit(text[comma + 1]))
        {
            // A thousands separator ("40,000 doses") is no clause's comma.
            comma = text.LastIndexOf(',', comma - 1, comma - from);
        }

        if (comma < 0)
        {
            return false;
        }

        var first = text.AsSpan(comma + 1, at - comma - 1).TrimStart();
        var end = 0;
        while (end < first.Length && char.IsLetter(first[end]))
        {
            end++;
        }

        return end < first.Length && Participles.Contains(first[..end]);
    }
}
