using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// What a speech act asks for ("Kessel urged both sides to return to talks", "called on the court to dismiss the
/// suit"): a deed in the infinitive after it has not happened, so its event word does not type the clause; the
/// speech act does.
/// </summary>
internal static partial class RequestedDeed
{
    /// <summary>Whether <paramref name="deed"/> comes after <paramref name="speechAct"/> and a "to" that opens its complement within a few words.</summary>
    public static bool Holds(string text, TriggerMatch speechAct, TriggerMatch deed)
    {
        var end = speechAct.Start + speechAct.Length;
        if (deed.Start <= end)
        {
            return false;
        }

        // "to" before a determiner is a preposition ("apologized to the people"), not an infinitive.
        foreach (var match in Complement().EnumerateMatches(text.AsSpan(end, deed.Start - end)))
        {
            var before = text.AsSpan(0, end + match.Index + match.Length);
            return !AdjacentWords.IsDeterminer(AdjacentWords.TakeLast(ref before));
        }

        return false;
    }

    /// <summary>At most four words (the one asked: "both sides", "the court"), then "to" and the next word, which must be no determiner.</summary>
    [GeneratedRegex(@"^(?:\s+[\w'’-]+){0,4}?\s+to\s+\w+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Complement();
}
