namespace TimelineFunctions.Extraction.Temporal.Refiners;

/// <summary>
/// Attaches a modifier phrase written just before an expression (lexicon [modifier]) and widens the span to
/// include it: "early"/"mid-"/"late"/"the end of" → START/MID/END on dates; "earlier"/"later" only on relative
/// dates ("earlier this month"); "about"/"nearly" → APPROX on durations, times, years and "ago" dates; "more than",
/// "over", "at least", "within" ... only on durations.
/// </summary>
public sealed class ModifierRefiner : ITimexRefiner
{
    private const int MaxWords = 4;

    public void Refine(List<TimexCandidate> candidates, TagContext context)
    {
        var lexicon = context.Lexicon;
        var text = context.Text;
        Span<(int Start, int End)> words = stackalloc (int, int)[MaxWords];
        foreach (var candidate in candidates)
        {
            if (candidate.Modifier is not null || candidate.Value.EndsWith("_REF", StringComparison.Ordinal) || candidate.Type == TimexType.Set)
            {
                continue;
            }

            // Up to four words directly before the expression, separated only by spaces or hyphens.
            var count = 0;
            var p = candidate.Start;
            var hyphen = false;
            while (count < MaxWords)
            {
                var q = p;
                while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '-'))
                {
                    hyphen |= count == 0 && text[q - 1] == '-';
                    q--;
                }

                if (q == p || q == 0 || !char.IsLetter(text[q - 1]))
                {
                    break;
                }

                var wordEnd = q;
                while (q > 0 && char.IsLetter(text[q - 1]))
                {
                    q--;
                }

                words[count++] = (q, wordEnd);
                p = q;
            }

            // Longest phrase first: "the end of" before "of", "more than" before "than".
            for (var n = count; n >= 1; n--)
            {
                var (phraseStart, phraseEnd) = (words[n - 1].Start, words[0].End);
                var phrase = text.AsSpan(phraseStart, phraseEnd - phraseStart);
                string? mod;
                if (n == 1)
                {
                    if (!lexicon.TryGetWord("modifier", phrase, out mod))
                    {
                        continue;
                    }
                }
                else if (!lexicon.StartsPhrase("modifier", text.AsSpan(words[n - 1].Start, words[n - 1].End - words[n - 1].Start))
                    || !lexicon.TryGet("modifier", phrase.ToString().Replace('-', ' '), out mod))
                {
                    continue;
                }

                if (Allowed(TemporalLexicon.Normalize(phrase.ToString()), mod, candidate, hyphen))
                {
                    candidate.Modifier = mod;
                    candidate.Start = phraseStart;
                }

                break;
            }
        }
    }

    private static bool Allowed(string phrase, string mod, TimexCandidate candidate, bool hyphen)
    {
        if (mod is "START" or "MID" or "END")
        {
            if (candidate.Type == TimexType.Duration)
            {
                return false;
            }

            return phrase is not ("earlier" or "later") || IsRelative(candidate) || hyphen;
        }

        if (mod == "APPROX" && phrase is not "some")
        {
            return candidate.Type is TimexType.Duration or TimexType.Time || candidate.Rule is "offset" or "year" or "decade";
        }

        return candidate.Type == TimexType.Duration;
    }

    private static bool IsRelative(TimexCandidate c) =>
        c.Rule is "relative-unit" or "day-word" or "relative-part-of-day" or "weekday" or "the-unit";
}
