using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Finds the speaker and the end of a quote-first frame ("CONTENT, the rights group said on Monday.").</summary>
internal static class QuoteFirstFrame
{
    /// <summary>
    /// A quote-first frame ends soon after its verb, up to the next comma ("…, she told reporters on Monday, citing
    /// …"); a long tail means the verb leads.
    /// </summary>
    private const int MaxWordsAfterQuoteFirstVerb = 8;

    /// <summary>The most words a quote-first speaker made of a noun phrase alone may have.</summary>
    private const int MaxLongSpeakerWords = 16;

    /// <summary>
    /// A quote-first verb ends the sentence soon: a short tail of adjuncts ("on Monday", "in a statement") or the
    /// object of "told" ("told a media briefing"), then the end or a participle, maybe after an adverb ("…, citing a
    /// missionary", "…, evidently referring to …"). A tail that is a clause ("said his cousin was detained") means
    /// the verb leads. <paramref name="participialTail"/> is the comma that opens the participle, or -1.
    /// </summary>
    internal static bool EndsSoonAfter(List<Token> tokens, int verb, out int participialTail)
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

        if ((rest < tail.Count && !AdjunctStarts.Contains(tail[rest].Text)) || HasClauseVerb(tail, pastParticiples: false))
        {
            // "…, said on Monday the town would recover": after its adjuncts the verb leads a clause.
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
        // "…, the company said, and about 120 workers will return": a clause of the writer's own follows the frame.
        return isParticiple || next[0] is "and" or "but";
    }

    /// <summary>
    /// The comma that ends the content of an inverted frame ("“We will rebuild,” said Mayor Ann Corvel on Monday"): the
    /// verb at <paramref name="verb"/> comes right after it (a closing quote may stand on either side of it) and the
    /// speaker, a name or a noun phrase, right after the verb. -1 when the frame is not inverted.
    /// </summary>
    internal static int InvertedComma(List<Token> tokens, int verb)
    {
        // The quote closes right before or after the comma ("…,” said", "…”, said"), or the verb and a noun phrase end
        // the sentence ("…, said the mayor on Monday."). Otherwise the comma may close an appositive of the speaker
        // before the verb ("Ivan Petrov, who fled in 2001, said his cousin was detained").
        var comma = verb - 1;
        var quoted = false;
        if (comma > 0 && IsClosingQuote(tokens[comma]))
        {
            quoted = true;
            comma--;
        }

        if (comma <= 0 || tokens[comma].Text != "," || !(quoted || IsClosingQuote(tokens[comma - 1]) || EndsWithANounPhrase(tokens, verb)))
        {
            return -1;
        }

        var speaker = verb + 1 < tokens.Count ? tokens[verb + 1] : (Token?)null;
        return speaker is { IsWord: true } next && (next.IsCapitalized || next.Text is "a" or "an" or "the" or "his" or "her" or "their" or "its")
            ? comma
            : -1;
    }

    /// <summary>
    /// Whether the words after the verb, to the end of the sentence, are a noun phrase and adjuncts with no verb of
    /// their own ("…, said her signed opinion Tuesday."), not a clause ("…, said his cousin was detained").
    /// </summary>
    private static bool EndsWithANounPhrase(List<Token> tokens, int verb)
    {
        var words = tokens.Skip(verb + 1).Where(t => t.IsWord).ToList();
        return words.Count is > 0 and <= MaxWordsAfterQuoteFirstVerb + 4 && !HasClauseVerb(words, pastParticiples: true);
    }

    /// <summary>
    /// Whether the words hold a verb of a clause: a form of "be", an auxiliary, or, when <paramref name="pastParticiples"/>,
    /// a lower-case -ed word not after a determiner ("her signed opinion" holds none; "a statement released on Monday"
    /// would, so a frame's own adjuncts are read without them).
    /// </summary>
    private static bool HasClauseVerb(List<Token> words, bool pastParticiples)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w].Text;
            var afterDeterminer = w > 0 && AdjacentWords.IsDeterminer(words[w - 1].Text);
            if (FormsOfBe.Contains(word) || Auxiliaries.Contains(word)
                || (pastParticiples && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !afterDeterminer))
            {
                return true;
            }
        }

        return false;
    }

    internal static readonly HashSet<string> FormsOfBe = EventWords.Of("forms-of-be");

    private static readonly HashSet<string> Auxiliaries = EventWords.Of("auxiliaries");

    private static bool IsClosingQuote(Token token) => token.Text is "\u201D" or "\"";

    /// <summary>
    /// Whether the sentence opens with a quotation that closes at the speaker's comma <paramref name="comma"/> (or
    /// closing quote): "“We decided to recall at once,” Ida Brenn, a spokeswoman for Halvorsen, said in a statement
    /// issued on behalf of the company." The quotation is what was said, so whatever follows the verb is the frame's,
    /// however long.
    /// </summary>
    internal static bool QuotationEndsAt(List<Token> tokens, int comma)
    {
        if (comma < 2 || tokens[0].Text is not ("\u201C" or "\""))
        {
            return false;
        }

        var close = IsClosingQuote(tokens[comma]) ? comma
            : IsClosingQuote(tokens[comma - 1]) ? comma - 1
            : comma + 1 < tokens.Count && IsClosingQuote(tokens[comma + 1]) ? comma + 1
            : -1;
        return close > 0 && !tokens.Skip(1).Take(close - 1).Any(t => t.Text is "\u201C" or "\u201D" or "\"");
    }

    /// <summary>
    /// The comma (or closing quote, or dash) that opens the speaker before the verb at <paramref name="verb"/>, or -1.
    /// The speaker has at most <see cref="ReportingFrameFinder.MaxSpeakerWords"/> words, or up to
    /// <see cref="MaxLongSpeakerWords"/> when they hold no verb of a clause ("…, chief inspector Marguerite Solberg of the
    /// Rail and Hazardous Goods Inspectorate told the Courier"): a title and an organization make long noun phrases.
    /// </summary>
    internal static int SpeakerComma(List<Token> tokens, int verb)
    {
        var chunkEnd = verb;
        for (var k = verb - 1; k > 0 && verb - k <= MaxLongSpeakerWords * 2; k--)
        {
            if (tokens[k].Text is not ("," or "\u2014" or "\u2013" or "\u201D" or "\""))
            {
                continue;
            }

            var chunk = tokens.Skip(k + 1).Take(chunkEnd - k - 1).Where(t => t.IsWord).ToList();
            var isAppositive = chunk.Count == 0 || (chunk[0].Text is "a" or "an" or "the" or "his" or "her" or "their" && NameBefore(tokens, k));
            if (!isAppositive)
            {
                return chunk.Count <= ReportingFrameFinder.MaxSpeakerWords
                    || (chunk.Count <= MaxLongSpeakerWords && !HasClauseVerb(chunk, pastParticiples: true)) ? k : -1;
            }

            chunkEnd = k;
        }

        return -1;
    }

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

    /// <summary>Words that open a participial phrase: "…, his office said, without giving a date".</summary>
    private static readonly HashSet<string> ParticipleOpeners = EventWords.Of("participle-openers");

    private static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    internal static readonly HashSet<string> AdjunctStarts = EventWords.Of("adjunct-starts");

    private static readonly HashSet<string> Audiences = EventWords.Of("audiences");
}
