using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Finds the reporting frame of a sentence, so that report time and event time stay apart.</summary>
/// <remarks>
/// The frame shapes: "X said (on Friday) (that) CONTENT" (<see cref="VerbFirstFrame"/>), "CONTENT, X said (on Friday)."
/// (<see cref="QuoteFirstFrame"/>), "According to X, CONTENT" and "CONTENT, according to X.". A quote that is the
/// whole content ("'…,' he said.") is content too.
/// </remarks>
public static class ReportingFrameFinder
{
    /// <summary>The most words a speaker between a comma and its verb, or before a verb-first verb, may have.</summary>
    internal const int MaxSpeakerWords = 10;

    /// <param name="sentence">The sentence.</param>
    /// <param name="timexes">The sentence's temporal expressions.</param>
    /// <param name="lexicon">The reporting verbs.</param>
    /// <param name="textTokens">The tokens of the text the sentence is part of, if already made.</param>
    public static ReportingFrame Find(Sentence sentence, IReadOnlyList<TemporalExpression> timexes, TriggerLexicon lexicon, TextTokens? textTokens = null)
    {
        var none = new ReportingFrame(sentence.Start, sentence.Start, sentence.Start, sentence.End, -1);
        if (!MayHoldFrame(sentence.Text, lexicon))
        {
            return none;
        }

        var tokens = textTokens?.Of(sentence) ?? Tokenizer.Tokenize(sentence.Text, sentence.Start);
        var quoted = QuotedWords.Mark(tokens);

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && tokens[i + 1].Text == "to")
            {
                return AccordingTo(sentence, tokens, i);
            }

            if (!lexicon.ReportingVerbs.Contains(tokens[i].Text) || i == 0 || tokens[i].IsCapitalized || quoted[i] || DescribesSomeone(sentence, tokens, i) || IsPassiveOfContent(tokens, i)
                || InSubordinateClause(tokens, i) || IsPluralNoun(tokens, i))
            {
                continue;
            }

            // Inverted: "CONTENT,” said the mayor on Monday." The verb comes right after the comma that ends the
            // content; the speaker follows it.
            if (QuoteFirstFrame.InvertedComma(tokens, i) is var invertedComma and > 0)
            {
                return new ReportingFrame(tokens[invertedComma].Start, sentence.End, sentence.Start, tokens[invertedComma].Start, tokens[i].Start);
            }

            // Quote-first: "CONTENT, the rights group said on Monday." The speaker sits between a comma and the verb;
            // an appositive ("Koo Byoung-sam, a spokesman for …, told") is part of the speaker.
            // A quotation that opens the sentence ends the content at the speaker however long the tail after the verb.
            var endsSoon = QuoteFirstFrame.EndsSoonAfter(tokens, i, out var tail);
            var speakerComma = QuoteFirstFrame.SpeakerComma(tokens, i);
            var comma = speakerComma > 0 && (endsSoon || QuoteFirstFrame.QuotationEndsAt(tokens, speakerComma)) ? speakerComma : -1;

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
            while (next < tokens.Count && VerbFirstFrame.IsObjectOfTelling(tokens[i], tokens[next]))
            {
                next++;
            }

            var frameEnd = tokens[next - 1].End;
            if (VerbFirstFrame.ThatAfterAdjuncts(tokens, next, VerbFirstFrame.IsTelling(tokens[i])) is var that and > 0)
            {
                // "said in the capital on Wednesday that …", "told a meeting of the board that …": the adjuncts, or who
                // was told, before "that" are the frame's.
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

            var frameStart = VerbFirstFrame.SpeakerClauseStart(tokens, i) is var clause and >= 0 ? tokens[clause].Start : sentence.Start;
            return next < 0 || next >= tokens.Count
                ? new ReportingFrame(frameStart, sentence.End, sentence.End, sentence.End, tokens[i].Start)
                : new ReportingFrame(frameStart, frameEnd, tokens[next].Start, sentence.End, tokens[i].Start);
        }

        return none;
    }

    private static readonly HashSet<string> FrameSubordinators = EventWords.OfAll("subordinators", "frame-subordinators");

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> is in a subordinate clause: a subordinator (`[subordinators]`, `[frame-subordinators]`)
    /// stands between it and the comma or semicolon before it ("…, three days after the Courier reported that …"), or
    /// a relative pronoun opens that stretch (`[relative-pronouns]`: "…, who at first said …").
    /// </summary>
    private static bool InSubordinateClause(List<Token> tokens, int verb)
    {
        var k = verb - 1;
        for (; k >= 0 && tokens[k].Text is not ("," or ";"); k--)
        {
            if (FrameSubordinators.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        // A relative clause set off by commas: "Mayor Ann Corvel, who at first said her deputy had her confidence,
        // suspended him". One that ends the sentence is its report ("That did not sway Judge Mara Holt, who said on
        // Thursday there was a risk he would flee"), and "Officials who spoke on condition of anonymity said …" is a frame.
        return k >= 0 && k + 1 < verb && tokens[k].Text == "," && RelativePronouns.Contains(tokens[k + 1].Text)
            && tokens.FindIndex(verb + 1, t => t.Text == ",") >= 0;
    }

    private static readonly HashSet<string> RelativePronouns = EventWords.Of("relative-pronouns");

    /// <summary>
    /// Whether a run of letters and digits in the sentence is a reporting verb or "according". Most sentences hold
    /// none and need no tokens. A token that is such a word is always such a run, so no frame is missed.
    /// </summary>
    /// <remarks>
    /// Only the runs where the vectorised search finds one of the words (as a whole run or inside one) are looked up:
    /// a run that is one of the words is found there, at its start or earlier in the same run.
    /// </remarks>
    private static bool MayHoldFrame(string text, TriggerLexicon lexicon)
    {
        var verbs = lexicon.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(lexicon.FrameWords);
            if (found < 0)
            {
                return false;
            }

            var start = from + found;
            while (start > from && char.IsLetterOrDigit(text[start - 1]))
            {
                start--;
            }

            var end = from + found;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(start, end - start);
            if (verbs.Contains(word) || word.Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            from = end;
        }

        return false;
    }

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
    /// A passive reporting verb whose subject is what was reported ("Limited access was announced on April 25"): the
    /// sentence tells that it was announced, with no speaker. Only "it" before the passive opens a report ("It was
    /// announced Monday that …").
    /// </summary>
    private static bool IsPassiveOfContent(List<Token> tokens, int verb) =>
        verb >= 2 && QuoteFirstFrame.FormsOfBe.Contains(tokens[verb - 1].Text) && !tokens[verb - 2].Text.Equals("it", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A reporting verb that is also a plural noun, read as the noun by the word after it: "released its inspection
    /// reports on the plant", "the reports were published" (`[plural-noun-reporting-verbs]`, `[plural-noun-followers]`).
    /// </summary>
    private static bool IsPluralNoun(List<Token> tokens, int verb) =>
        PluralNouns.Contains(tokens[verb].Text) && verb + 1 < tokens.Count && PluralNounFollowers.Contains(tokens[verb + 1].Text);

    private static readonly HashSet<string> PluralNouns = EventWords.Of("plural-noun-reporting-verbs");

    private static readonly HashSet<string> PluralNounFollowers = EventWords.Of("plural-noun-followers");

    /// <summary>Words after a verb that open its object, not a reported clause; time phrases ("on Thursday") are neither.</summary>
    private static readonly HashSet<string> Prepositions = EventWords.Of("prepositions");
}
