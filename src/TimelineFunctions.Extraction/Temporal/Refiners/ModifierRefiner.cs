namespace TimelineFunctions.Extraction.Temporal.Refiners;

/// <summary>
/// Attaches a modifier phrase written just before an expression (lexicon [modifier]) and widens the span to
/// include it: "early"/"mid-"/"late"/"the end of" → START/MID/END on dates; "earlier"/"later" only on relative
/// dates ("earlier this month"); "about"/"nearly" → APPROX on durations, times, years and "ago" dates; "more than",
/// "over", "at least", "within" ... only on durations.
/// </summary>
public sealed class ModifierRefiner : ITimexRefiner
{
    private const int Window = 24;

    public void Refine(List<TimexCandidate> candidates, TagContext context)
    {
        var lexicon = context.Lexicon;
        var phrases = lexicon.Phrases("modifier");
        foreach (var candidate in candidates)
        {
            if (candidate.Modifier is not null || candidate.Value.EndsWith("_REF", StringComparison.Ordinal) || candidate.Type == TimexType.Set)
            {
                continue;
            }

            var text = context.Text;
            var p = candidate.Start;
            var hyphen = false;
            while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '-'))
            {
                hyphen |= text[p - 1] == '-';
                p--;
            }

            if (p == candidate.Start || p == 0)
            {
                continue;
            }

            var before = TemporalLexicon.Normalize(text[Math.Max(0, p - Window)..p]);
            string? best = null;
            foreach (var phrase in phrases)
            {
                var key = phrase.TrimEnd('-');
                if ((best is null || key.Length > best.Length) && before.EndsWith(key, StringComparison.Ordinal)
                    && (before.Length == key.Length || !char.IsLetter(before[before.Length - key.Length - 1])))
                {
                    best = key;
                }
            }

            if (best is null || !lexicon.TryGet("modifier", best, out var mod) || !Allowed(best, mod, candidate, hyphen))
            {
                continue;
            }

            candidate.Modifier = mod;
            candidate.Start = StartOfPhrase(text, p, best);
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

    /// <summary>Where the phrase (already known to end at <paramref name="end"/>) starts, matching white space loosely.</summary>
    private static int StartOfPhrase(string text, int end, string phrase)
    {
        var i = end;
        var j = phrase.Length;
        while (j > 0 && i > 0)
        {
            if (phrase[j - 1] == ' ')
            {
                while (i > 0 && char.IsWhiteSpace(text[i - 1]))
                {
                    i--;
                }

                j--;
                continue;
            }

            i--;
            j--;
        }

        return i;
    }
}
