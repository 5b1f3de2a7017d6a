namespace TimelineFunctions.Extraction.Events;

/// <summary>Whether a trigger is a past-tense verb that reports an event as having happened (not a noun or a participle that only refers to one).</summary>
internal static class PastTenseTrigger
{
    /// <summary>Past tenses without -ed (Resources/Events/word-classes.txt, [irregular-past]).</summary>
    internal static readonly HashSet<string> IrregularPast = EventWords.Of("irregular-past");

    /// <summary><see cref="IrregularPast"/>, looked up by a span of the text.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPastLookup = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateVerbs = EventWords.Of("state-verbs").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = EventWords.Lookup("prepositions");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounPhrasePrepositions = EventWords.Lookup("noun-phrase-prepositions");

    /// <summary>
    /// A trigger that is a verb in the past ("had forced back", "was detained") reports an event that happened; a noun ("any forced
    /// repatriation goes against norms") only refers to one, and without a date it is not an event. Nor is a
    /// participle after a determiner, which describes a thing ("rebuilding the collapsed bridge").
    /// </summary>
    public static bool Holds(string text, TriggerMatch? trigger)
    {
        if (trigger is null)
        {
            return false;
        }

        var words = text.Substring(trigger.Start, trigger.Length).Split(' ');
        var past = Array.FindIndex(words, w => w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.Contains(w));
        if (past > 0)
        {
            // The trigger holds its subject or auxiliary ("the polls have closed", "the trial began"): a clause, no
            // thing described, unless a state verb stands before the participle ("the charges are laid").
            return !StateVerbs.Contains(words[past - 1]);
        }

        var before = text.AsSpan(0, trigger.Start);
        var previous = CoordinationHead(ref before);
        var isPast = past == 0
            || previous.Equals("was", StringComparison.OrdinalIgnoreCase) || previous.Equals("were", StringComparison.OrdinalIgnoreCase); // "they were suspending the search"
        // A relative "that" is no determiner here: "the bridge that collapsed" reports a collapse.
        var describesAThing = AdjacentWords.IsDeterminer(previous) && !previous.Equals("that", StringComparison.OrdinalIgnoreCase);
        // "the road remains closed": a state the clause is in, not a deed it tells.
        var describesAState = StateVerbs.Contains(previous);
        return isPast && !describesAThing && !describesAState;
    }

    /// <summary>
    /// The word before a participle, or before the first of the participles it is coordinated with: "is arrested and
    /// released" tells both in the present of a chronology line, as "is arrested" alone would, so "released" is no
    /// more a past deed than "arrested" is.
    /// </summary>
    private static ReadOnlySpan<char> CoordinationHead(ref ReadOnlySpan<char> before)
    {
        var previous = AdjacentWords.TakeLast(ref before);
        while (previous.Equals("and", StringComparison.OrdinalIgnoreCase) || previous.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            var rest = before;
            var participle = AdjacentWords.TakeLast(ref rest);
            if (!AdjacentWords.IsPastForm(participle))
            {
                break;
            }

            before = rest;
            previous = AdjacentWords.TakeLast(ref before);
        }

        return previous;
    }

    /// <summary>
    /// Whether the trigger is a participle used as an adjective after a determiner ("her signed opinion", "the
    /// collapsed tunnel"): it describes a thing the clause names, and tells no event of the clause's own.
    /// </summary>
    public static bool DescribesAThing(string text, TriggerMatch trigger)
    {
        var before = text.AsSpan(0, trigger.Start);
        var previous = AdjacentWords.TakeLast(ref before);
        var words = text.AsSpan(trigger.Start, trigger.Length);
        return words.IndexOf(' ') < 0 && words.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && AdjacentWords.IsDeterminer(previous) && !previous.Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How many words may stand between a past verb and the event noun it takes ("opened an investigation", "held two days of talks").</summary>
    private const int MaxWordsToObject = 3;

    /// <summary>
    /// Whether the trigger tells a deed as done: a verb in the past (<see cref="Holds"/>), or an event noun that is the
    /// object of one a few words before it, looking back no further than <paramref name="clauseStart"/> ("The regulator
    /// opened an investigation in March, and police arrested him later" tells the investigation first) and not past a
    /// preposition that opens an adjunct ("was released under investigation" tells no investigation). A participle
    /// after a determiner is an adjective ("the planned strike"), no verb.
    /// </summary>
    public static bool IsToldAsDone(string text, TriggerMatch trigger, int clauseStart)
    {
        if (Holds(text, trigger))
        {
            return true;
        }

        var before = text.AsSpan(clauseStart, Math.Max(0, trigger.Start - clauseStart));
        for (var i = 0; i < MaxWordsToObject; i++)
        {
            var word = AdjacentWords.TakeLast(ref before);
            if (word.IsEmpty || (Prepositions.Contains(word) && !NounPhrasePrepositions.Contains(word)))
            {
                return false;
            }

            if ((word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || IrregularPastLookup.Contains(word))
            {
                return IsVerbAfter(AdjacentWords.TakeLast(ref before));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a past form after <paramref name="previous"/> is a verb that tells a deed: not a participle after a
    /// determiner ("the signed deal") nor after a verb of state ("the road remains closed", "the hearing is set").
    /// </summary>
    internal static bool IsVerbAfter(ReadOnlySpan<char> previous) =>
        !AdjacentWords.IsDeterminer(previous) && !StateVerbs.Contains(previous);
}
