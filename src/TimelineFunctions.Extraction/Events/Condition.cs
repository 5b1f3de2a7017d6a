namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A clause that opens with a condition tells what would happen, not what did: "If the virus returns in the winter,
/// hospitals could run short of beds"; "Unless the talks resume, the strike will spread". Neither half is an event.
/// </summary>
/// <remarks>
/// A condition in a speaker's words leaves their statement standing ("\"If we had waited for daylight, we would be
/// counting bodies,\" the mayor said" is still her statement). The openers are `[condition-openers]` in
/// Resources/Events/word-classes.txt.
/// </remarks>
internal static class Condition
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers =
        EventWords.Of("condition-openers").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the clause [<paramref name="start"/>, <paramref name="end"/>) opens with a condition, after any opening quotation mark.</summary>
    public static bool Opens(string text, int start, int end)
    {
        var clause = text.AsSpan(start, end - start).TrimStart().TrimStart("\"'\u201C\u2018(");
        var space = clause.IndexOfAny(' ', ',');
        return space > 0 && Openers.Contains(clause[..space]);
    }
}
