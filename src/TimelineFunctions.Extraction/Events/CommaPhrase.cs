namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// The phrase a comma opens before a word, told by the word after the comma: a relative clause ("…, who pleaded
/// guilty", <see cref="RelativeClause"/>) or a participial phrase of speech ("…, saying the strike was hurting
/// exporters", <see cref="SpeechParticiple"/>).
/// </summary>
internal static class CommaPhrase
{
    /// <summary>
    /// The last comma before <paramref name="at"/>, looking back no further than <paramref name="from"/>, or -1. With
    /// <paramref name="skipThousandsSeparators"/>, a comma between digits ("40,000 doses") is passed over.
    /// </summary>
    public static int Opening(string text, int from, int at, bool skipThousandsSeparators = false)
    {
        var comma = at > from ? text.LastIndexOf(',', at - 1, at - from) : -1;
        while (skipThousandsSeparators && comma > from && comma + 1 < text.Length && char.IsDigit(text[comma - 1]) && char.IsDigit(text[comma + 1]))
        {
            comma = text.LastIndexOf(',', comma - 1, comma - from);
        }

        return comma;
    }

    /// <summary>The letters of the word that follows <paramref name="comma"/> before <paramref name="at"/> ("who" in ", who pleaded"), or empty.</summary>
    public static ReadOnlySpan<char> FirstWord(string text, int comma, int at)
    {
        var phrase = text.AsSpan(comma + 1, at - comma - 1).TrimStart();
        var end = 0;
        while (end < phrase.Length && char.IsLetter(phrase[end]))
        {
            end++;
        }

        return phrase[..end];
    }
}
