namespace TimelineFunctions.Extraction.Temporal;

/// <summary>The text being tagged, its document date and the lexicon; shared by parsers and refiners of one call.</summary>
public sealed class TagContext(string text, DateOnly? documentDate, TemporalLexicon lexicon)
{
    private const int CueWindow = 14;

    /// <summary>How far back a future cue that governs an infinitive ("expects to", "plans to") still counts: its clause runs on.</summary>
    private const int InfinitiveCueWindow = 24;

    public string Text { get; } = text;

    public DateOnly? Dct { get; } = documentDate;

    public TemporalLexicon Lexicon { get; } = lexicon;

    /// <summary>True when the first letter of the span is upper case (month and weekday names must be).</summary>
    public bool IsCapitalized(int index) => index >= 0 && index < Text.Length && char.IsUpper(Text[index]);

    /// <summary>
    /// Whether a capitalized word stands right before <paramref name="index"/> on the same line, with only spaces between:
    /// "Hallowdene Today", "USA Today", where the second word is part of a name.
    /// </summary>
    public bool FollowsCapitalizedWord(int index)
    {
        var end = index;
        while (end > 0 && Text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(Text[start - 1]))
        {
            start--;
        }

        return start < end && end < index && char.IsUpper(Text[start]);
    }

    /// <summary>The lower-cased word that ends just before <paramref name="index"/> (skipping spaces), or empty.</summary>
    public string PreviousWord(int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(Text[start - 1]) || Text[start - 1] == '\''))
        {
            start--;
        }

        return start == end ? string.Empty : Text[start..end].ToLowerInvariant();
    }

    /// <summary>The word starting after <paramref name="index"/> (skipping spaces), as written, or empty.</summary>
    public string NextWord(int index)
    {
        var start = index;
        while (start < Text.Length && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        var end = start;
        while (end < Text.Length && (char.IsLetterOrDigit(Text[end]) || Text[end] == '\''))
        {
            end++;
        }

        return Text[start..end];
    }

    /// <summary>
    /// Looks at up to fourteen words before <paramref name="index"/> in the same clause (up to . ! ? ; , quotes or a line
    /// break), nearest first: a future cue
    /// (will, would, is expected to, scheduled, next, ...) gives <see cref="Tense.Future"/>, a past cue (said, was,
    /// ago, ... or, when <paramref name="pastParticiples"/>, a lower-case word ending in -ed, which decides only when
    /// no cue stands further back or a subordinator of a deed's clause stands between them: "will reopen after
    /// inspectors cleared its lines on Monday") gives <see cref="Tense.Past"/>; nothing gives <see cref="Tense.Neutral"/>. Up to twenty-four words back, a future cue
    /// before "to" still gives the future ("expects to refloat and move the ship from … to a terminal Monday"), and so
    /// does a future modal ("will file a class action against the operator and its contractor at the High Court on
    /// Thursday").
    /// </summary>
    public Tense TenseBefore(int index, bool pastParticiples = true)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[InfinitiveCueWindow];
        var count = 0;
        // Words before a dot that ends no sentence ("Oct.", but also "the West. So …") are counted, but a modal among
        // them is too far back to be the date's.
        var wordsBeforeADot = InfinitiveCueWindow;
        var i = index;
        while (count < InfinitiveCueWindow && i > 0)
        {
            var c = Text[i - 1];
            if (c is '!' or '?' or ';' or ',' or '\n' or '"' or '\u201c' or '\u201d' || (c == '.' && IsSentenceEnd(i - 1)))
            {
                break;
            }

            if (c == '.')
            {
                wordsBeforeADot = Math.Min(wordsBeforeADot, count);
            }

            if (char.IsLetter(c) || c == '\'')
            {
                var end = i;
                while (i > 0 && (char.IsLetter(Text[i - 1]) || Text[i - 1] == '\''))
                {
                    i--;
                }

                words[count++] = (i, end);
                continue;
            }

            i--;
        }

        var weakPast = false;
        for (var w = 0; w < count; w++)
        {
            var word = Text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            if (w >= CueWindow)
            {
                if ((Lexicon.ContainsWord("future-cue", word) && IsWordAt(words, count, w - 1, "to")) || (w < wordsBeforeADot && Lexicon.ContainsWord("future-modal", word)))
                {
                    return Tense.Future;
                }

                if (Lexicon.ContainsWord("past-cue", word))
                {
                    break;
                }

                continue;
            }

            if (Lexicon.ContainsWord("future-cue", word)
                || (w > 0 && Lexicon.StartsPhrase("future-cue", word) && Lexicon.Contains("future-cue", string.Concat(word, " ", Text.AsSpan(words[w - 1].Start, words[w - 1].End - words[w - 1].Start)))))
            {
                return Tense.Future;
            }

            // "will be (partially) lifted", "is expected to be moved": a participle after "be" is a passive infinitive, whose tense
            // comes from further back.
            var afterBe = IsWordAt(words, count, w + 1, "be")
                || (IsWordAt(words, count, w + 2, "be") && Text.AsSpan(words[w + 1].Start, words[w + 1].End - words[w + 1].Start).EndsWith("ly", StringComparison.OrdinalIgnoreCase));
            // A bare -ed word is weak evidence ("the three ruptured cars" is no past tense): it decides only when no
            // cue word is found further back.
            weakPast |= pastParticiples && !afterBe && word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]);
            if (Lexicon.ContainsWord("past-cue", word) || (weakPast && Lexicon.ContainsWord("deed-subordinator", word)))
            {
                return Tense.Past;
            }
        }

        return weakPast ? Tense.Past : Tense.Neutral;
    }

    private bool IsWordAt(Span<(int Start, int End)> words, int count, int at, string word) =>
        at < count && Text.AsSpan(words[at].Start, words[at].End - words[at].Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSentenceEnd(int dot)
    {
        // "Oct." or "a.m." are not sentence ends; a dot after a lower-case word of 3+ letters is.
        var start = dot;
        while (start > 0 && char.IsLetter(Text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        return length >= 3 && char.IsLower(Text[start]) || length == 0 && start > 0 && char.IsDigit(Text[start - 1]);
    }
}
