using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A relative clause a comma opens after a name, with a day of its own and a verb in the past, tells that actor's deed
/// of that day: "Aldana, who denied any wrongdoing in the legislature on Tuesday, has said …" is her denial on
/// Tuesday, whatever the sentence goes on to say. A clause of a coarser date ("who was elected in 2019", "which
/// emerged in 2023") describes the actor and tells no news, nor does a clause after a common noun ("the strike, which
/// began on May 3"), whose quote would not say what began.
/// </summary>
internal static class DatedRelativeClause
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns =
        EventWords.Of("deed-relative-pronouns").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deeds the sentence's dated relative clauses tell, each quoted from the name to the clause's end.</summary>
    public static IEnumerable<ExtractedEvent> Events(SentenceContext context, IReadOnlyList<TemporalExpression> timexes)
    {
        var text = context.Text;
        var (start, end) = (context.Sentence.Start, context.Sentence.End);
        for (var comma = text.IndexOf(',', start, end - start); comma >= 0; comma = comma + 1 < end ? text.IndexOf(',', comma + 1, end - comma - 1) : -1)
        {
            var pronoun = CommaPhrase.FirstWord(text, comma, end);
            if (pronoun.IsEmpty || !Pronouns.Contains(pronoun) || context.MentionEndingAt(comma) is not { } named)
            {
                continue;
            }

            var opens = comma + 1;
            while (char.IsWhiteSpace(text[opens]))
            {
                opens++;
            }

            var closes = text.IndexOf(',', opens, end - opens) is var next and >= 0 ? next : end;
            var clauseEnd = text.AsSpan(opens, closes - opens).TrimEnd(" .;:!?\"”").Length + opens;
            var day = timexes.FirstOrDefault(t => t.Start >= opens && t.End <= clauseEnd && t.IsResolvedDate
                && t.Granularity is Granularity.Day or Granularity.Time && !EventDater.IsClockOnly(t));
            if (day is null || PastVerbAfter(text, opens + pronoun.Length, clauseEnd, day) is not (>= 0 and var verb) || !DatesTheVerb(context, verb, day))
            {
                continue;
            }

            var date = EventDater.FromExpression(day);
            if (context.Dct is { } page && date.Start > page)
            {
                continue;
            }

            var trigger = context.ArticleEventWords?.Find(opens, clauseEnd).FirstOrDefault(t => t.Start == verb);
            var kind = trigger?.Kind ?? EventKind.Occurrence;
            var quote = text[named.Start..clauseEnd];
            yield return new ExtractedEvent(
                kind.Type,
                kind.CameoCode,
                SummaryWriter.Clause(quote),
                quote,
                named.Start,
                date,
                context.Participants(named.Start, clauseEnd, opens),
                context.LocationIn(opens, clauseEnd),
                null)
            {
                Trigger = trigger?.TextIn(text),
            };
        }
    }

    /// <summary>
    /// Where the clause's verb starts when it is a past tense right after the pronoun ("who denied", "which filed"), a
    /// passive one ("who was dismissed"), or one after the clause's date ("who on Tuesday denied"); -1 otherwise: "who
    /// runs an orphanage", "which has been closed until Monday", "who later today will join" tell no deed of a day.
    /// </summary>
    private static int PastVerbAfter(string text, int from, int end, TemporalExpression day)
    {
        var at = from;
        while (at < end)
        {
            var word = AdjacentWords.After(text, at);
            var start = at + text.AsSpan(at, end - at).IndexOf(word, StringComparison.Ordinal);
            if (word.IsEmpty)
            {
                return -1;
            }

            if (start >= day.Start && start < day.End)
            {
                at = day.End;
            }
            else if (AdjacentWords.IsPastForm(word))
            {
                return start;
            }
            else if (PastAuxiliaries.Contains(word))
            {
                at = start + word.Length;
            }
            else
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the date is the verb's: no other event word comes between them ("who interviewed him two days after
    /// Jackson's death on 25 June"), and it is no noun's modifier ("who lost relatives in the 12 January earthquake",
    /// "in the earthquake of 12 January").
    /// </summary>
    private static bool DatesTheVerb(SentenceContext context, int verb, TemporalExpression day)
    {
        var (from, to) = verb < day.Start ? (verb + 1, day.Start) : (day.End, verb);
        var before = context.Text.AsSpan(0, day.Start);
        var next = day.End + (context.Text.Length - day.End - context.Text.AsSpan(day.End).TrimStart(' ').Length);
        return !(context.ArticleEventWords?.Find(from, to).Any(t => t.Start != verb) ?? false)
            && !AdjacentWords.IsDeterminer(AdjacentWords.TakeLast(ref before))
            && (next == verb || !context.IsEventWordAt(next));
    }

    /// <summary>Words a past participle may follow in the clause: "who was dismissed", "which were seized".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastAuxiliaries =
        EventWords.Of("past-passive-auxiliaries").GetAlternateLookup<ReadOnlySpan<char>>();
}
