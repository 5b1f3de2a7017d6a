namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A phrase set off by commas after a name that describes it: an apposition ("Ana Kell, the photographer held in
/// Velmar since 11 April, was charged on Monday") or a participle phrase ("The chief executive, appointed in 2019,
/// resigned on Wednesday"). Its dates are the description's, not those of the clause around it.
/// </summary>
/// <remarks>
/// A phrase opened by a relative pronoun is a <see cref="RelativeClause"/>; one opened by a preposition ("Police, on
/// Monday, arrested …") or a participle in -ing ("The minister, speaking on Tuesday, said …") tells when the clause
/// happened and is no description.
/// </remarks>
internal static class Apposition
{
    /// <summary>
    /// Whether <paramref name="at"/> lies in a describing phrase that a comma after a word opens and another comma
    /// closes before <paramref name="anchor"/>, looking back no further than <paramref name="from"/> and forward no
    /// further than <paramref name="to"/>.
    /// </summary>
    public static bool Isolates(string text, int from, int to, int at, int anchor)
    {
        var open = CommaPhrase.Opening(text, from, at, skipThousandsSeparators: true);
        if (open <= from || !char.IsLetterOrDigit(text[open - 1]) || anchor < at)
        {
            return false;
        }

        var close = text.IndexOf(',', at, to - at);
        if (close < 0 || anchor < close)
        {
            return false;
        }

        var first = CommaPhrase.FirstWord(text, open, at);
        return AdjacentWords.IsDeterminer(first) || AdjacentWords.IsPastForm(first);
    }
}
