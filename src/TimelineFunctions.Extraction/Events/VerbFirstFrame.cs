using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Finds where a verb-first frame ("X said on Friday (that) CONTENT") starts and ends.</summary>
internal static class VerbFirstFrame
{
    /// <summary>
    /// Where the clause of a verb-first speaker starts when an earlier clause of the sentence is joined to it ("…,
    /// Bankman-Fried will be 57 when he gets out, but experts have said he is unlikely to serve the whole time"): the
    /// word after a semicolon, or after a comma and a conjunction, within <see cref="ReportingFrameFinder.MaxSpeakerWords"/> words of the
    /// verb. The earlier clause is neither the speaker nor what was said. -1 when the speaker's clause opens the sentence.
    /// </summary>
    internal static int SpeakerClauseStart(List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k > 0 && verb - k <= ReportingFrameFinder.MaxSpeakerWords; k--)
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
    /// The index of "that" when the words from <paramref name="from"/> up to it are an adjunct of the verb ("in the
    /// capital on Wednesday", "at a news conference") or, after a verb of telling, who was told ("told a meeting of the
    /// board that"; also before a subject pronoun, "told the legislature she"), at most <see cref="MaxAdjunctWords"/>
    /// words without punctuation; otherwise -1.
    /// </summary>
    internal static int ThatAfterAdjuncts(List<Token> tokens, int from, bool afterTelling = false)
    {
        var toldWhom = afterTelling && from < tokens.Count && AdjacentWords.IsDeterminer(tokens[from].Text) && !IsThat(tokens[from]);
        if (from >= tokens.Count || !(AdjunctStarts.Contains(tokens[from].Text) || toldWhom))
        {
            return -1;
        }

        for (var k = from + 1; k < tokens.Count && k - from <= MaxAdjunctWords; k++)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }

            // "told the legislature she had done nothing wrong": without "that", a subject pronoun opens what was said.
            if (IsThat(tokens[k]) || (toldWhom && SubjectPronouns.Contains(tokens[k].Text)))
            {
                return k;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> SubjectPronouns = EventWords.OfAll("person-pronouns", "group-pronouns");

    private const int MaxAdjunctWords = 8;

    private static bool IsThat(Token token) => token.Text.Equals("that", StringComparison.OrdinalIgnoreCase);

    /// <summary>The person told: "told Reuters", "told reporters", "told The Associated Press".</summary>
    internal static bool IsObjectOfTelling(Token verb, Token next) =>
        IsTelling(verb) && next.IsWord && (next.IsCapitalized || Audiences.Contains(next.Text));

    /// <summary>A form of "tell" ("told", "tells").</summary>
    internal static bool IsTelling(Token verb) =>
        verb.Text.StartsWith("tol", StringComparison.OrdinalIgnoreCase) || verb.Text.StartsWith("tell", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> AdjunctStarts = EventWords.Of("adjunct-starts");

    private static readonly HashSet<string> Audiences = EventWords.Of("audiences");
}
