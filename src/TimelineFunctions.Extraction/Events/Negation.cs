namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// An event word the clause denies: a negator up to <see cref="MaxWordsBefore"/> words before it (`[negators]`: "no one
/// had died", "has not been charged", "was never arrested"). What did not happen is no event.
/// </summary>
internal static class Negation
{
    /// <summary>How many words before an event word a negator may stand: "had not yet been charged".</summary>
    private const int MaxWordsBefore = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negators = EventWords.Lookup("negators");

    /// <summary>
    /// Whether a negator, or a word of <paramref name="alsoDenying"/>, stands among the <see cref="MaxWordsBefore"/>
    /// words before <paramref name="eventWord"/>, looking back no further than <paramref name="from"/>.
    /// </summary>
    public static bool Denies(string text, int eventWord, int from = 0, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? alsoDenying = null)
    {
        var before = text.AsSpan(from, eventWord - from);
        for (var words = 0; words < MaxWordsBefore; words++)
        {
            var word = AdjacentWords.TakeLast(ref before);
            if (word.IsEmpty)
            {
                break;
            }

            if (Negators.Contains(word) || alsoDenying?.Contains(word) == true
                || (word.Equals("one", StringComparison.OrdinalIgnoreCase) && AdjacentWords.TakeLast(ref before).Equals("no", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
