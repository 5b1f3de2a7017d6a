namespace TimelineFunctions.Extraction.Events;

/// <summary>The words right before and after a trigger, which tell how it is used.</summary>
/// <remarks>
/// "the collapsed bridge" (after a determiner it describes a thing), "were suspending" (a past progressive), "after the
/// collapse" (a phrase the clause only refers to), "collapse site" (part of a place's name). A word is a run of letters;
/// anything else in between ends the look.
/// </remarks>
internal static class AdjacentWords
{
    private static readonly HashSet<string> Determiners = EventWords.Of("determiners");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup =
        Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last word of <paramref name="text"/> (after its trailing white space), which is cut off it; empty when something else comes first.</summary>
    public static ReadOnlySpan<char> TakeLast(ref ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..];
        text = text[..start];
        return word;
    }

    /// <summary>How many words <paramref name="clause"/> holds: its runs of characters between spaces.</summary>
    public static int Count(ReadOnlySpan<char> clause)
    {
        var words = 0;
        foreach (var range in clause.Split(' '))
        {
            words += clause[range].IsEmpty ? 0 : 1;
        }

        return words;
    }

    /// <summary>The word of <paramref name="text"/> that starts at <paramref name="end"/>, after spaces; empty when something else comes first.</summary>
    public static ReadOnlySpan<char> After(string text, int end)
    {
        var (start, length) = Next(text, end, text.Length);
        return text.AsSpan(start, length);
    }

    /// <summary>
    /// Where the word after <paramref name="at"/> (a run of letters, after spaces) starts, and its length, within
    /// [<paramref name="at"/>, <paramref name="end"/>): length 0 when something else comes first.
    /// </summary>
    public static (int Start, int Length) Next(string text, int at, int end)
    {
        var start = at;
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        var stop = start;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return (start, stop - start);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferringSubjectLookup =
        EventWords.Of("referring-subjects").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a subject pronoun or an auxiliary ("it", "they", "were", …) of a clause a preposition refers to ("after it collapsed").</summary>
    public static bool IsReferringSubject(ReadOnlySpan<char> word) => ReferringSubjectLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a past tense or participle: a regular one ("awarded"), or one of `[irregular-past]` ("struck").</summary>
    public static bool IsPastForm(ReadOnlySpan<char> word) => IsRegularPast(word) || PastTenseTrigger.IrregularPastLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a lower-case word in -ed ("awarded", "reported").</summary>
    public static bool IsRegularPast(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) has a past tense of its own ("reported", "made"): a
    /// deed, not a noun phrase ("a day after its first flight").
    /// </summary>
    public static bool HasPastVerb(string text, int start, int end)
    {
        var words = text.AsSpan(start, end - start);
        while (!words.IsEmpty)
        {
            var word = TakeLast(ref words);
            if (IsPastForm(word))
            {
                return true;
            }

            if (word.IsEmpty && !words.IsEmpty)
            {
                // A mark, not a word: step over it.
                words = words[..^1];
            }
        }

        return false;
    }

    /// <summary>
    /// The words of [<paramref name="start"/>, <paramref name="end"/>) in order, as (start, length): a run of letters,
    /// or length 0 where something else (a number, a mark) stands between them.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> Words(string text, int start, int end)
    {
        for (var at = start; at < end;)
        {
            var (wordStart, length) = Next(text, at, end);
            if (wordStart >= end)
            {
                yield break;
            }

            yield return (wordStart, length);
            at = wordStart + Math.Max(length, 1);
        }
    }

    /// <summary>
    /// Where the first verb in the past of [<paramref name="start"/>, <paramref name="end"/>) starts ("Fellgate Water
    /// turned on its contractor": "turned"), passing over participles after a determiner ("the collapsed dam"); -1
    /// when there is none.
    /// </summary>
    public static int FirstPastVerb(string text, int start, int end)
    {
        var previous = (Start: start, Length: 0);
        foreach (var word in Words(text, start, end))
        {
            if (IsPastForm(text.AsSpan(word.Start, word.Length)) && !IsDeterminer(text.AsSpan(previous.Start, previous.Length)))
            {
                return word.Start;
            }

            previous = word;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="word"/> is a determiner ("the", "its", "that", …).</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => DeterminerLookup.Contains(word);
}
