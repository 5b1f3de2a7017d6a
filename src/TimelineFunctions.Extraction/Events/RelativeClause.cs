namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Relative clauses: they describe someone or something the sentence names ("…, Caroline Ellison, who pleaded guilty
/// and testified against him"; "a defector who fled in 2001"), so their verbs are neither the sentence's deed nor who
/// reports it, and their dates do not date the report.
/// </summary>
public static partial class RelativeClause
{
    private static readonly string[] CommaPronouns = ["who", "whom", "whose", "which"];

    /// <summary>
    /// Whether <paramref name="at"/> lies in a relative clause that a comma opens ("…, who pleaded guilty"), looking
    /// back no further than <paramref name="from"/>.
    /// </summary>
    public static bool Holds(string text, int from, int at)
    {
        var comma = at > from ? text.LastIndexOf(',', at - 1, at - from) : -1;
        if (comma < 0)
        {
            return false;
        }

        var word = text.AsSpan(comma + 1, at - comma - 1).TrimStart();
        foreach (var pronoun in CommaPronouns)
        {
            if (word.StartsWith(pronoun, StringComparison.OrdinalIgnoreCase)
                && (word.Length == pronoun.Length || !char.IsLetter(word[pronoun.Length])))
            {
                return true;
            }
        }

        return false;
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

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:who|whom|whose|which|where)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Pronoun();
}
