using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A relative clause a comma opens after a name, with a day of its own and a verb in the past, tells that actor's deed
/// of that day: "Aldana, who denied any wrongdoing in the legislature on Tuesday, has said …" is her denial on
/// Tuesday, whatever the sentence goes on to say; after an event word, the clause dates that event ("The inquiry,
/// which opened its public hearings last Monday, is examining …"). A clause of a coarser date ("who was elected in
/// 2019", "which emerged in 2023") describes the actor and tells no news, nor does a clause after any other noun
/// ("the company's office, which moved on Monday"). The clause may follow an apposition ("Nell Quarrie, a retired nurse
/// who set up the group on Tuesday") or tell the deed of someone of the named one ("whose group filed a lawsuit on Monday").
/// </summary>
internal static class DatedRelativeClause
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns =
        EventWords.Of("deed-relative-pronouns").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deeds the sentence's dated relative clauses tell, each quoted from its antecedent to the clause's end.</summary>
    public static IEnumerable<ExtractedEvent> Events(SentenceContext context, IReadOnlyList<TemporalExpression> timexes)
    {
        var text = context.Text;
        var (start, end) = (context.Sentence.Start, context.Sentence.End);
        for (var comma = text.IndexOf(',', start, end - start); comma >= 0; comma = comma + 1 < end ? text.IndexOf(',', comma + 1, end - comma - 1) : -1)
        {
            if (PronounAfter(text, comma, end) is not var (opens, pronounLength) || Antecedent(context, start, comma) is not var (named, namedKind))
            {
                continue;
            }

            var closes = text.IndexOf(',', opens, end - opens) is var next and >= 0 ? next : end;
            var clauseEnd = text.AsSpan(opens, closes - opens).TrimEnd(" .;:!?\"”").Length + opens;
            var day = timexes.FirstOrDefault(t => t.Start >= opens && t.End <= clauseEnd && t.IsResolvedDate
                && ((t.Granularity is Granularity.Day or Granularity.Time && !EventDater.IsClockOnly(t)) || IsRecentPeriod(t, context.Dct)));
            if (day is null || PastVerbAfter(text, opens + pronounLength, clauseEnd, day, IsPossessive(text.AsSpan(opens, pronounLength)) ? MaxOwnerWords : 0) is not (>= 0 and var first)
                || ConjoinedVerbBefore(text, first, day) is var verb && !DatesTheVerb(context, verb, day))
            {
                continue;
            }

            var date = EventDater.FromExpression(day);
            if (context.Dct is { } page && date.Start > page)
            {
                continue;
            }

            // The verb's own event word, else its object's ("ordered the evacuation"), else the antecedent's.
            var trigger = context.ArticleEventWords?.Find(verb, day.Start > verb ? day.Start : clauseEnd).MinBy(t => t.Start);
            if (trigger is null && day.Granularity is not (Granularity.Day or Granularity.Time))
            {
                // "who toured the town last month": without an event word, a recap of a week or a month tells too little to place.
                continue;
            }

            var kind = trigger?.Kind ?? namedKind ?? EventKind.Occurrence;
            var quote = text[named..clauseEnd];
            yield return new ExtractedEvent(
                kind.Type,
                kind.CameoCode,
                SummaryWriter.Clause(quote),
                quote,
                named,
                date,
                context.Participants(named, clauseEnd, opens),
                context.LocationIn(opens, clauseEnd),
                null)
            {
                Trigger = trigger?.TextIn(text),
            };
        }
    }

    /// <summary>
    /// Where the relative pronoun after <paramref name="comma"/> is, and its length: right after it ("Aldana, who
    /// denied …"), or after an apposition opened by a determiner ("Nell Quarrie, a retired nurse who set up the group on
    /// Tuesday, said …"); null when none follows.
    /// </summary>
    private static (int At, int Length)? PronounAfter(string text, int comma, int end)
    {
        var at = comma + 1;
        for (var words = 0; words <= MaxAppositionWords && AdjacentWords.Next(text, at, end) is var (start, length) && length > 0; words++)
        {
            var word = text.AsSpan(start, length);
            if (Pronouns.Contains(word))
            {
                return (start, length);
            }

            if (words == 0 && !AdjacentWords.IsDeterminer(word))
            {
                return null;
            }

            at = start + length;
        }

        return null;
    }

    /// <summary>
    /// A week or month that ended at most <see cref="RecentDays"/> before the page ("who apologised to residents last
    /// month" on a page of 13 November): the recap of a recent development, where "who was elected in 2019" describes.
    /// </summary>
    private static bool IsRecentPeriod(TemporalExpression period, DateOnly? page) =>
        period.Granularity is Granularity.Week or Granularity.Month && page is { } day
        && period.RangeEnd!.Value <= day && period.RangeEnd.Value >= day.AddDays(-RecentDays);

    private const int RecentDays = 45;

    /// <summary>The most words an apposition before the pronoun may have: "a retired nurse", "the group's founder".</summary>
    private const int MaxAppositionWords = 4;

    /// <summary>The most words of what a possessive pronoun's clause is about: "whose group filed", "whose sister's firm won".</summary>
    private const int MaxOwnerWords = 3;

    private static bool IsPossessive(ReadOnlySpan<char> pronoun) => pronoun.Equals("whose", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the clause's antecedent starts, and the kind of event it names: an actor's name ("Corin Aldana, who …"),
    /// or an event word with its determiner ("The inquiry, which opened its public hearings last Monday"), which types
    /// the clause when its verb does not; null when the comma follows anything else.
    /// </summary>
    private static (int Start, EventKind? Kind)? Antecedent(SentenceContext context, int sentenceStart, int comma)
    {
        if (context.MentionEndingAt(comma) is { } named)
        {
            return (named.Start, null);
        }

        var text = context.Text;
        var end = text.AsSpan(sentenceStart, comma - sentenceStart).TrimEnd().Length + sentenceStart;
        if (context.ArticleEventWords?.Find(sentenceStart, end).LastOrDefault(t => t.Start + t.Length == end) is not { } noun)
        {
            return null;
        }

        // Back to the noun phrase's determiner, over a word or two ("The ferry strike"): the quote then says what began.
        var before = text.AsSpan(sentenceStart, noun.Start - sentenceStart);
        for (var words = 0; words < MaxWordsAfterADeterminer; words++)
        {
            var word = AdjacentWords.TakeLast(ref before);
            if (word.IsEmpty)
            {
                break;
            }

            if (AdjacentWords.IsDeterminer(word))
            {
                return (sentenceStart + before.Length, noun.Kind);
            }
        }

        return (noun.Start, noun.Kind);
    }

    /// <summary>How many words may stand between an event word and its determiner: "the ferry strike", "the formal public inquiry".</summary>
    private const int MaxWordsAfterADeterminer = 3;

    /// <summary>
    /// Where the clause's verb starts when it is a past tense right after the pronoun ("who denied", "which filed"), a
    /// passive one ("who was dismissed"), one after the clause's date ("who on Tuesday denied"), or one after the few
    /// words a possessive pronoun's clause is about ("whose group filed"); -1 otherwise: "who
    /// runs an orphanage", "which has been closed until Monday", "who later today will join" tell no deed of a day.
    /// </summary>
    private static int PastVerbAfter(string text, int from, int end, TemporalExpression day, int ownerWords)
    {
        var at = from;
        var ownerWordsSeen = 0;
        while (at < end)
        {
            if (at < day.End && AdjacentWords.Next(text, at, end).Start >= day.Start)
            {
                // The clause's own date before its verb: "who on Tuesday denied".
                at = day.End;
                continue;
            }

            var (start, length) = AdjacentWords.Next(text, at, end);
            var word = text.AsSpan(start, length);
            if (length == 0)
            {
                return -1;
            }

            if (AdjacentWords.IsPastForm(word))
            {
                return start;
            }

            var isOwnerWord = ownerWordsSeen < ownerWords && !Auxiliaries.Contains(word);
            if (!PastAuxiliaries.Contains(word) && !isOwnerWord)
            {
                return -1;
            }

            ownerWordsSeen += isOwnerWord ? 1 : 0;
            at = start + length;
        }

        return -1;
    }

    /// <summary>
    /// The last past verb joined to <paramref name="verb"/> by "and" or "but" before the date, else the verb itself:
    /// in "who founded the company in 1991 and apologised at the plant gates last Thursday" the date is the apology's.
    /// </summary>
    private static int ConjoinedVerbBefore(string text, int verb, TemporalExpression day)
    {
        var last = verb;
        foreach (var coordinator in verb < day.Start ? (ReadOnlySpan<string>)[" and ", " but "] : [])
        {
            for (var at = text.IndexOf(coordinator, verb, day.Start - verb, StringComparison.Ordinal); at >= 0;
                at = text.IndexOf(coordinator, at + 1, day.Start - at - 1, StringComparison.Ordinal))
            {
                var (next, length) = AdjacentWords.Next(text, at + coordinator.Length, day.Start);
                if (length > 0 && next > last && AdjacentWords.IsPastForm(text.AsSpan(next, length)))
                {
                    last = next;
                }
            }
        }

        return last;
    }

    /// <summary>
    /// Whether the date is the verb's: no subordinate clause opens between them ("who interviewed him two days after
    /// Jackson's death on 25 June"), and it is no noun's modifier ("who lost relatives in the 12 January earthquake",
    /// "in the earthquake of 12 January"). An event word between them is the verb's object ("who ordered the
    /// evacuation of the riverside wards on the evening of October 27").
    /// </summary>
    private static bool DatesTheVerb(SentenceContext context, int verb, TemporalExpression day)
    {
        var (from, to) = verb < day.Start ? (verb + 1, day.Start) : (day.End, verb);
        var before = context.Text.AsSpan(0, day.Start);
        var next = AdjacentWords.Next(context.Text, day.End, context.Text.Length).Start;
        return !EventWords.ContainsAny(context.Text.AsSpan(from, to - from), Subordinators)
            && !AdjacentWords.IsDeterminer(AdjacentWords.TakeLast(ref before))
            && (next == verb || !context.IsEventWordAt(next));
    }

    /// <summary>Words that open a clause of another time (`[subordinators]`: after, before, since, …).</summary>
    private static readonly MarkerPhrases Subordinators = EventWords.Phrases("subordinators");

    /// <summary>Auxiliaries that end what a possessive's clause is about: "whose office has been closed since Monday" tells a state.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries =
        EventWords.Of("auxiliaries").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words a past participle may follow in the clause: "who was dismissed", "which were seized".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastAuxiliaries =
        EventWords.Of("past-passive-auxiliaries").GetAlternateLookup<ReadOnlySpan<char>>();
}
