namespace TimelineFunctions.Extraction.Events;

/// <summary>A clause counted from its sentence's day: "a day after" and the clause it opens (<see cref="CountedDays"/>).</summary>
/// <param name="Opens">Where the clause starts, after the count.</param>
/// <param name="End">Where it ends: the next comma or semicolon, or the content's end.</param>
/// <param name="Days">How far the clause's day is from the sentence's: negative after ("a day after"), positive before.</param>
/// <param name="Phrase">The count as written ("a day after"), the date text of the clause's event.</param>
internal sealed record CountedClause(int Opens, int End, int Days, string Phrase)
{
    /// <summary>Whether an event word at <paramref name="at"/> lies in the counted clause.</summary>
    public bool Holds(int at) => at >= Opens && at < End;
}
