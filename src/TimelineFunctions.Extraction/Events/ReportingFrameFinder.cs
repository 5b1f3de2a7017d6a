using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Finds the reporting frame of a sentence, so that report time and event time stay apart:
/// "X said (on Friday) (that) CONTENT", "CONTENT, X said (on Friday).", "According to X, CONTENT" and
/// "CONTENT, according to X.". A quote that is the whole content ("'…,' he said.") is content too.
/// </summary>
public static class ReportingFrameFinder
{
    private const int MaxSpeakerWords = 10;

    /// <summary>
    /// A quote-first frame ends soon after its verb, up to the next comma ("…, she told reporters on Monday, citing
    /// …"); a long tail means the verb leads.
    /// </summary>
    private const int MaxWordsAfterQuoteFirstVerb = 8;

    public static ReportingFrame Find(Sentence sentence, IReadOnlyList<TemporalExpression> timexes, TriggerLexicon lexicon)
    {
        var none = new ReportingFrame(sentence.Start, sentence.Start, sentence.Start, sentence.End, -1);
        if (!MayHoldFrame(sentence.Text, lexicon))
        {
            return none;
        }

        var tokens = Tokenizer.Tokenize(sentence.Text, sentence.Start);
        var quoted = QuotedWords.Mark(tokens);

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Text == "to")
            {
                return AccordingTo(sentence, tokens, i);
            }

            if (!lexicon.ReportingVerbs.Contains(tokens[i].Text) || i == 0 || tokens[i].IsCapitalized || quoted[i] || DescribesSomeone(sentence, tokens, i) || IsPassiveOfContent(tokens, i))
            {
                continue;
            }

            // Quote-first: "CONTENT, the rights group said on Monday." The speaker sits between a comma and the verb;
            // an appositive ("Koo Byoung-sam, a spokesman for …, told") is part of the speaker.
            var comma = EndsSoonAfter(tokens, i, out var tail) ? SpeakerComma(tokens, i) : -1;
            if (comma > 0)
            {
                return new ReportingFrame(tokens[comma].Start, sentence.End, sentence.Start, tokens[comma].Start, tokens[i].Start)
                {
                    ParticipialTail = tail < 0 ? -1 : tokens[tail].Start,
                };
            }

            // Verb-first: "X said on Friday (that) CONTENT". The frame takes the verb's object ("told Reuters"),
            // its own time phrase and "that".
            var next = i + 1;
            while (next < tokens.Count && IsObjectOfTelling(tokens[i], tokens[next]))
            {
                next++;
            }

            var frameEnd = tokens[next - 1].End;
            if (ThatAfterAdjuncts(tokens, next) is var that and > 0)
            {
                // "said in the capital on Wednesday that …": the adjuncts before "that" are the frame's.
                frameEnd = tokens[that - 1].End;
                next = that;
            }

            foreach (var timex in timexes.Where(t => t.Start >= frameEnd && t.Start <= frameEnd + 4).Take(1))
            {
                frameEnd = timex.End;
                next = tokens.FindIndex(t => t.Start >= frameEnd);
            }

            while (next >= 0 && next < tokens.Count && tokens[next].Text is "that" or "," or ":")
            {
                frameEnd = tokens[next].End;
                next++;
            }

            var frameStart = SpeakerClauseStart(tokens, i) is var clause and >= 0 ? tokens[clause].Start : sentence.Start;
            return next < 0 || next >= tokens.Count
                ? new ReportingFrame(frameStart, sentence.End, sentence.End, sentence.End, tokens[i].Start)
                : new ReportingFrame(frameStart, frameEnd, tokens[next].Start, sentence.End, tokens[i].Start);
        }

        return none;
    }

    /// <summary>
    /// Whether a run of letters and digits in the sentence is a reporting verb or "according". Most sentences hold
    /// none and need no tokens. A token that is such a word is always such a run, so no frame is missed.
    /// </summary>
    private static bool MayHoldFrame(string text, TriggerLexicon lexicon)
    {
        var verbs = lexicon.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                if (verbs.Contains(word) || word.Equals("according", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the clause of a verb-first speaker starts when an earlier clause of the sentence is joined to it ("…,
    /// Bankman-Fried will be 57 when he gets out, but experts have said he is unlikely to serve the whole time"): the
    /// word after a semicolon, or after a comma and a conjunction, within <see cref="MaxSpeakerWords"/> words of the
    /// verb. The earlier clause is neither the speaker nor what was said. -1 when the speaker's clause opens the sentence.
    /// </summary>
    private static int SpeakerClauseStart(List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k > 0 && verb - k <= MaxSpeakerWords; k--)
        {
            if (tokens[k - 1].Text == ";" || (tokens[k - 1].Text == "," && ClauseConjunctions.Contains(tokens[k].Text) && k + 1 < verb))
            {
                return tokens[k - 1].Text == ";" ? k : k + 1;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> ClauseConjunctions = EventWords.Of("clause-conjunctions");

    /// <summary>
    /// A quote-first verb ends the sentence soon: a short tail of adjuncts ("on Monday", "in a statement") or the
    /// object of "told" ("told a media briefing"), then the end or a participle, maybe after an adverb ("…, citing a
    /// missionary", "…, evidently referring to …"). A tail that is a clause ("said his cousin was detained") means
    /// the verb leads. <paramref name="participialTail"/> is the comma that opens the participle, or -1.
    /// </summary>
    private static bool EndsSoonAfter(List<Token> tokens, int verb, out int participialTail)
    {
        participialTail = -1;
        var comma = tokens.FindIndex(verb + 1, t => t.Text == ",");
        var tail = tokens.Skip(verb + 1).Take((comma < 0 ? tokens.Count : comma) - verb - 1).Where(t => t.IsWord).ToList();
        if (tail.Count > MaxWordsAfterQuoteFirstVerb)
        {
            return false;
        }

        var rest = 0;
        if (tokens[verb].Text.StartsWith("tol", StringComparison.OrdinalIgnoreCase))
        {
            rest = tail.Count > 0 && tail[0].Text is "a" or "an" or "the"
                ? 1 + tail.Skip(1).TakeWhile(t => !AdjunctStarts.Contains(t.Text)).Count()
                : tail.TakeWhile(t => t.IsCapitalized || Audiences.Contains(t.Text)).Count();
        }

        if (rest < tail.Count && !AdjunctStarts.Contains(tail[rest].Text))
        {
            return false;
        }

        if (comma < 0)
        {
            return true;
        }

        var next = tokens.Skip(comma + 1).Where(t => t.IsWord).Select(t => t.Text).Take(2).ToList();
        if (next.Count == 0)
        {
            return true;
        }

        var isParticiple = IsParticiple(next[0]) || (next.Count == 2 && (IsAdverb(next[0]) || ParticipleOpeners.Contains(next[0])) && IsParticiple(next[1]));
        participialTail = isParticiple ? comma : -1;
        return isParticiple;
    }

    /// <summary>
    /// A reporting verb in a relative clause with nothing reported after it ("…, Caroline Ellison, who pleaded guilty
    /// and testified against him"; "his former partners who testified against him"): it describes someone, and the
    /// sentence's own clause is its content. One that reports something ("…, Judge Kaplan, who said there was a risk
    /// …") still frames the sentence.
    /// </summary>
    private static bool DescribesSomeone(Sentence sentence, List<Token> tokens, int verb) =>
        (RelativeClause.Holds(sentence.Text, 0, tokens[verb].Start - sentence.Start) || RelativeClause.Opens(sentence.Text, 0, tokens[verb].Start - sentence.Start))
        && (verb + 1 >= tokens.Count || !tokens[verb + 1].IsWord || Prepositions.Contains(tokens[verb + 1].Text));

    /// <summary>
    /// The index of "that" when the words from <paramref name="from"/> up to it are an adjunct of the verb ("in the
    /// capital on Wednesday", "at a news conference"), at most <see cref="MaxAdjunctWords"/> words without punctuation;
    /// otherwise -1.
    /// </summary>
    private static int ThatAfterAdjuncts(List<Token> tokens, int from)
    {
        if (from >= tokens.Count || !AdjunctStarts.Contains(tokens[from].Text))
        {
            return -1;
        }

        for (var k = from + 1; k < tokens.Count && k - from <= MaxAdjunctWords; k++)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }

            if (tokens[k].Text.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    private const int MaxAdjunctWords = 8;

    /// <summary>
    /// A passive reporting verb whose subject is what was reported ("Limited access was announced on April 25"): the
    /// sentence tells that it was announced, with no speaker. Only "it" before the passive opens a report ("It was
    /// announced Monday that …").
    /// </summary>
    private static bool IsPassiveOfContent(List<Token> tokens, int verb) =>
        verb >= 2 && FormsOfBe.Contains(tokens[verb - 1].Text) && !tokens[verb - 2].Text.Equals("it", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> FormsOfBe = EventWords.Of("forms-of-be");

    /// <summary>Words after a verb that open its object, not a reported clause; time phrases ("on Thursday") are neither.</summary>
    private static readonly HashSet<string> Prepositions = EventWords.Of("prepositions");

    /// <summary>Words that open a participial phrase: "…, his office said, without giving a date".</summary>
    private static readonly HashSet<string> ParticipleOpeners = EventWords.Of("participle-openers");

    private static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> AdjunctStarts = EventWords.Of("adjunct-starts");

    /// <summary>Whether a capitalized name of at most five words ends at the comma <paramref name="comma"/>, itself after a comma.</summary>
    private static bool NameBefore(List<Token> tokens, int comma)
    {
        var words = 0;
        for (var k = comma - 1; k >= 0; k--)
        {
            if (tokens[k].Text is "," or "\u201D" or "\"")
            {
                return words is > 0 and <= 5;
            }

            if (!tokens[k].IsCapitalized || ++words > 5)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Audiences = EventWords.Of("audiences");

    /// <summary>The person told: "told Reuters", "told reporters", "told The Associated Press".</summary>
    private static bool IsObjectOfTelling(Token verb, Token next) =>
        verb.Text.StartsWith("tol", StringComparison.OrdinalIgnoreCase) && next.IsWord && (next.IsCapitalized || Audiences.Contains(next.Text));

    private static ReportingFrame AccordingTo(Sentence sentence, List<Token> tokens, int at)
    {
        var comma = tokens.FindIndex(at, t => t.Text == ",");
        if (at == 0 && comma > 0)
        {
            return new ReportingFrame(sentence.Start, tokens[comma].End, tokens[comma].End, sentence.End, tokens[at].Start);
        }

        var start = at > 0 && tokens[at - 1].Text == "," ? tokens[at - 1].Start : tokens[at].Start;
        return new ReportingFrame(start, sentence.End, sentence.Start, start, tokens[at].Start);
    }

    /// <summary>The comma (or closing quote, or dash) that opens the speaker before the verb at <paramref name="verb"/>, or -1.</summary>
    private static int SpeakerComma(List<Token> tokens, int verb)
    {
        var chunkEnd = verb;
        for (var k = verb - 1; k > 0 && verb - k <= MaxSpeakerWords * 2; k--)
        {
            if (tokens[k].Text is not ("," or "\u2014" or "\u2013" or "\u201D" or "\""))
            {
                continue;
            }

            var chunk = tokens.Skip(k + 1).Take(chunkEnd - k - 1).Where(t => t.IsWord).ToList();
            var isAppositive = chunk.Count == 0 || (chunk[0].Text is "a" or "an" or "the" or "his" or "her" or "their" && NameBefore(tokens, k));
            if (!isAppositive)
            {
                return chunk.Count <= MaxSpeakerWords ? k : -1;
            }

            chunkEnd = k;
        }

        return -1;
    }
}
