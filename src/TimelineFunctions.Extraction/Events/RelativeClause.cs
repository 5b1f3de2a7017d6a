namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Relative clauses: they describe someone or something the sentence names ("…, Caroline Ellison, who pleaded guilty
/// and testified against him"; "a defector who fled in 2001"), so their verbs are neither the sentence's main event nor who
/// reports it, and their dates do not date the report.
/// </summary>
public static partial class RelativeClause
{
    /// <summary>Pronouns that open a relative clause after a comma ("…, who pleaded guilty").</summary>
    internal static readonly HashSet<string> CommaPronouns = EventWords.Of("relative-pronouns");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommaPronounLookup = CommaPronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="at"/> lies in a relative clause that a comma opens ("…, who pleaded guilty"), looking
    /// back no further than <paramref name="from"/>.
    /// </summary>
    public static bool Holds(string text, int from, int at) => OpeningComma(text, from, at) >= 0;

    /// <summary>
    /// Whether <paramref name="at"/> lies in a relative clause that a comma opens and another closes, with
    /// <paramref name="anchor"/> outside it ("Dane, who was convicted in September, had pleaded not guilty": September
    /// is the conviction's, not the plea's; "Veld, whose party has led since 2017, is seeking a fourth term"), looking
    /// back no further than <paramref name="from"/> and forward no further than <paramref name="to"/>.
    /// </summary>
    public static bool Isolates(string text, int from, int to, int at, int anchor)
    {
        var open = OpeningComma(text, from, at);
        if (open < 0)
        {
            return false;
        }

        var close = at < to ? text.IndexOf(',', at, to - at) : -1;
        return close >= 0 && (anchor < open || anchor > close);
    }

    /// <summary>The comma that opens the relative clause <paramref name="at"/> lies in, not before <paramref name="from"/>; -1 when it lies in none.</summary>
    private static int OpeningComma(string text, int from, int at)
    {
        var comma = CommaPhrase.Opening(text, from, at);
        return comma >= 0 && CommaPronounLookup.Contains(CommaPhrase.FirstWord(text, comma, at)) ? comma : -1;
    }

    /// <summary>
    /// Whether a relative pronoun (who, whom, whose, which, where) comes before <paramref name="at"/> in its clause,
    /// from the last comma but not before <paramref name="from"/>: "a defector who fled in 2001 said" puts 2001 in one.
    /// </summary>
    public static bool Opens(string text, int from, int at)
    {
        if (at <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, at - from);
        return Pronoun().IsMatch(before[(before.LastIndexOf(',') + 1)..]);
    }

    /// <summary>
    /// Whether a relative clause opens before <paramref name="at"/> in a speaker's phrase, from <paramref name="from"/>:
    /// a relative pronoun (<see cref="Opens"/>), or "that" with a verb after it ("the company that has run the reservoir
    /// since 2011 said": 2011 is the company's, not the statement's). Before a reporting verb, "that" opens no report.
    /// </summary>
    public static bool OpensInSpeakerPhrase(string text, int from, int at)
    {
        if (Opens(text, from, at))
        {
            return true;
        }

        foreach (var that in ThatAndWord().EnumerateMatches(text.AsSpan(from, Math.Max(0, at - from))))
        {
            var word = text.AsSpan(from + that.Index, that.Length)["that".Length..].TrimStart();
            if (AdjacentWords.IsPastForm(word) || VerbClause().IsMatch(text.AsSpan(from + that.Index, that.Length)))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bthat\s+[a-z]+\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ThatAndWord();

    /// <summary>
    /// Whether the event word at <paramref name="at"/> is the verb of a relative clause that describes something the
    /// sentence names: a relative pronoun opens its clause ("inspected the site where a tunnel collapsed on Sunday"),
    /// or the word is the verb right after "that", "which" or "who", auxiliaries aside ("the tunnel that collapsed
    /// three days back", "the firm that had been sued"). Looks back no further than <paramref name="from"/>.
    /// </summary>
    public static bool Describes(string text, int from, int at) =>
        Opens(text, from, at) || (at > from && VerbAfterPronoun().IsMatch(text.AsSpan(from, at - from)));

    /// <summary>
    /// Whether a relative clause with a verb of its own opens between <paramref name="anchor"/> and
    /// <paramref name="at"/>: "approached the firm that rescued the crew in 2019" puts 2019 in the rescue, not in the
    /// approach. A "that" counts only when a verb in the past or an auxiliary follows it (not "ruled that the …"); a
    /// "which" or "who" after a comma counts whatever follows ("backed the deal, which gives a 6% rise this year"). A
    /// clause set off by commas that closes before <paramref name="at"/> does not ("The strike, which began on May 3,
    /// ended on Friday").
    /// </summary>
    public static bool Separates(string text, int anchor, int at)
    {
        if (at <= anchor)
        {
            return false;
        }

        var between = text.AsSpan(anchor, at - anchor);
        foreach (var clause in PronounAndWord().EnumerateMatches(between))
        {
            var word = between.Slice(clause.Index, clause.Length).TrimEnd();
            word = word[(word.LastIndexOfAny(' ', '\t', '\n') + 1)..];
            var afterComma = between[..clause.Index].TrimEnd().EndsWith(",");
            // After a comma, "which" and "who" open a relative clause whatever its tense ("…, which gives a 6% rise this year").
            var isVerb = VerbClause().IsMatch(between[clause.Index..(clause.Index + clause.Length)]) || PastTenseTrigger.IrregularPastLookup.Contains(word)
                || (afterComma && !between[clause.Index..].StartsWith("that", StringComparison.OrdinalIgnoreCase));
            // A clause between commas closes before the date: "The strike, which began on May 3, ended on Friday."
            var closed = afterComma && between[(clause.Index + clause.Length)..].Contains(',');
            if (isVerb && !closed)
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:who|which|that)\s+\w+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PronounAndWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:who|whom|whose|which|where)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Pronoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:who|which|that)\s+(?:(?:had|has|have|was|were|is|are|been|being)\s+)*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex VerbAfterPronoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:who|which|that)\s+(?:had|has|have|was|were|is|are|\w{2,}ed)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex VerbClause();
}
