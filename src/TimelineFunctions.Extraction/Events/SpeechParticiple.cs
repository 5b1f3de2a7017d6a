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

    /// <summary>
    /// Whether <paramref name="at"/> follows a speech participle that opens the phrase after the last comma, looking
    /// back no further than <paramref name="from"/>; a thousands separator ("40,000") is no clause's comma.
    /// </summary>
    public static bool Holds(string text, int from, int at) =>
        CommaPhrase.Opening(text, from, at, skipThousandsSeparators: true) is var comma and >= 0
        && Participles.Contains(CommaPhrase.FirstWord(text, comma, at));
}
