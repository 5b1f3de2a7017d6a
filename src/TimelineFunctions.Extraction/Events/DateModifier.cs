using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Dates that name a thing instead of dating a clause: "its February 13 directive", "Tuesday's cancellations", "the
/// engine fire of February 10". Such a date says when that thing happened; it dates the clause's event word only when
/// the event word is that thing ("the March 3 derailment"), so "an investigation into the engine fire of February 10
/// continues" is no investigation of 10 February.
/// </summary>
internal static class DateModifier
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeNouns = EventWords.Lookup("time-nouns");

    /// <summary>Words that follow a date without being a noun it names ("the Monday before", "that Friday and").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoNouns =
        EventWords.Lookup("prepositions", "clause-conjunctions", "subordinators", "auxiliaries", "forms-of-be");

    /// <summary>
    /// The start of the noun <paramref name="timex"/> names the time of ("directive" in "its February 13 directive",
    /// "cancellations" in "Tuesday's cancellations", "fire" in "the engine fire of February 10"); -1 when it names none.
    /// </summary>
    public static int NounStart(string text, TemporalExpression timex)
    {
        var end = timex.End;
        var possessive = end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';
        var before = text.AsSpan(0, timex.Start);
        if (possessive || AdjacentWords.IsDeterminer(AdjacentWords.TakeLast(ref before)))
        {
            var after = possessive ? end + 2 : end;
            var next = AdjacentWords.After(text, after);
            if (IsNoun(next))
            {
                return text.IndexOf(next[0], after);
            }
        }

        before = text.AsSpan(0, timex.Start);
        if (AdjacentWords.TakeLast(ref before).Equals("of", StringComparison.OrdinalIgnoreCase) && AdjacentWords.TakeLast(ref before) is var noun && IsNoun(noun))
        {
            return before.Length;
        }

        return -1;
    }

    private static bool IsNoun(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsLower(word[0]) && !TimeNouns.Contains(word) && !NoNouns.Contains(word);
}
