namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A sentence that is a quotation and who said it, nothing more: "\"I'd rather be shouted at for a false alarm than
/// lose one person,\" she said." (or the last sentence of a longer quotation: "You count the meals," he told the
/// Courier.). Said in a statement or at a briefing (`[formal-statement-words]`: "…,\" she said in a statement.") it is
/// a body's or an official's word on an occasion, not a remark.
/// </summary>
public static class WholeQuotation
{
    /// <summary>The most words the speaker's part after the quotation may have ("partner Daniel Ambler told reporters outside the court").</summary>
    private const int MaxTailWords = 14;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FormalWords = EventWords.Lookup("formal-statement-words");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbs =
        TriggerLexicon.Default.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Holds(string sentence)
    {
        var text = sentence.AsSpan().Trim();
        var close = text.LastIndexOfAny('\u201D', '"');
        if (close <= 0)
        {
            return false;
        }

        var head = text[..close];
        var opensWithQuote = head[0] is '\u201C' or '"';
        if ((opensWithQuote ? head[1..] : head).IndexOfAny('\u201C', '\u201D', '"') >= 0)
        {
            // Quoted words inside the writer's sentence ("said it was \"too early\", but …").
            return false;
        }

        var tail = text[(close + 1)..].TrimStart(", ");
        var words = 0;
        var hasVerb = false;
        foreach (var range in tail.Split(' '))
        {
            var word = tail[range].Trim(".,;:!?");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxTailWords || FormalWords.Contains(word))
            {
                return false;
            }

            hasVerb |= ReportingVerbs.Contains(word);
        }

        return hasVerb;
    }
}
