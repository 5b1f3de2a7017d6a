namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A relative clause that a comma opens ("…, Caroline Ellison, who pleaded guilty and testified against him"). It
/// describes someone the sentence names; its verbs are neither the sentence's deed nor who reports it.
/// </summary>
public static class RelativeClause
{
    private static readonly string[] Pronouns = ["who", "whom", "whose", "which"];

    /// <summary>Whether <paramref name="at"/> lies in such a clause, looking back no further than <paramref name="from"/>.</summary>
    public static bool Holds(string text, int from, int at)
    {
        var comma = at > from ? text.LastIndexOf(',', at - 1, at - from) : -1;
        if (comma < 0)
        {
            return false;
        }

        var word = text.AsSpan(comma + 1, at - comma - 1).TrimStart();
        foreach (var pronoun in Pronouns)
        {
            if (word.StartsWith(pronoun, StringComparison.OrdinalIgnoreCase)
                && (word.Length == pronoun.Length || !char.IsLetter(word[pronoun.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
