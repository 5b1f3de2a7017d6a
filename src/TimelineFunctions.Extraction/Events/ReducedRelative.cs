using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A date in a participle phrase that describes a noun of the clause's object: "the review will cover every ferry
/// contract awarded since 2019", "rescuers reached the workers trapped since November 12". The date is when the thing
/// was awarded or trapped, not when the clause's event happened.
/// </summary>
/// <remarks>
/// The noun phrase must be a verb's object: right after the event word, a past tense ("reached the workers") or a verb
/// after an auxiliary ("will cover every contract"). "The minister resigned on Thursday", "after the bridge collapsed
/// on Tuesday" and "the stoppage at the port ended on Thursday" are a subject and its verb. The participle is a regular
/// one: most irregular pasts ("began", "sank") are no participle.
/// </remarks>
internal static class ReducedRelative
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DatePrepositions = EventWords.Lookup("date-prepositions");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = EventWords.Lookup("determiners", "quantifiers");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = EventWords.Lookup("auxiliaries");

    /// <summary>
    /// The start of the noun whose participle phrase <paramref name="timex"/> ends ("contract" in "every ferry contract
    /// awarded since 2019"), when a verb takes the noun phrase as its object: the clause's event word
    /// (<paramref name="eventWord"/>, or -1), a past tense, or a verb after an auxiliary ("will cover"), after
    /// <paramref name="clauseStart"/>; else -1.
    /// </summary>
    public static int NounStart(string text, TemporalExpression timex, int clauseStart, int eventWord)
    {
        var before = text.AsSpan(0, timex.Start);
        var participle = AdjacentWords.TakeLast(ref before);
        if (DatePrepositions.Contains(participle))
        {
            participle = AdjacentWords.TakeLast(ref before);
        }

        if (!AdjacentWords.IsRegularPast(participle) || before.Length == eventWord)
        {
            return -1;
        }

        var noun = -1;
        // The noun and up to two words before it, back to the determiner or quantifier that opens the phrase.
        for (var words = 0; words < 3; words++)
        {
            var word = AdjacentWords.TakeLast(ref before);
            if (word.IsEmpty || !char.IsLower(word[0]))
            {
                return -1;
            }

            if (words == 0)
            {
                noun = before.Length;
            }
            else if (Openers.Contains(word))
            {
                var verb = AdjacentWords.TakeLast(ref before);
                var verbStart = before.Length;
                return verbStart >= clauseStart && (verbStart == eventWord || AdjacentWords.IsPastForm(verb) || Auxiliaries.Contains(AdjacentWords.TakeLast(ref before)))
                    ? noun
                    : -1;
            }
        }

        return -1;
    }
}
