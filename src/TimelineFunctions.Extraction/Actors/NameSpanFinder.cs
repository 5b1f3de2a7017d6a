using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>Finds runs of capitalized words.</summary>
/// <remarks>
/// A run may hold lower-case connectors between capitalized words ("Port of Baltimore", "Supervisor of Salvage &amp;
/// Diving"), except the "and" of names listed after a plural noun ("two operators, Coastlink and Harbour Air
/// Services,") or between two organizations' names ("Dunmarrow City Council and Kessing Environmental Services"); it ends at punctuation or a possessive "'s". Leading words that are never names ("The", "In", "Monday")
/// and trailing weekdays or months are dropped; an ordinal before the run belongs to it ("9th Circuit"). A run longer
/// than <see cref="MaxNameTokens"/> is a title-case line or a list, not a name, and gives none.
/// </remarks>
public static class NameSpanFinder
{
    /// <summary>
    /// The longest run that can be one name, connectors included: "Organisation for Economic Co-operation and
    /// Development" has 6, the longest in the dev set fewer. It also bounds the work the actor rules do per span,
    /// which grows with the span's length (a 16,000-word capitalized run took 22 s and 2 GB before).
    /// </summary>
    public const int MaxNameTokens = 12;

    private static readonly HashSet<string> CalendarWords = ActorWords.Of("calendar-words", StringComparer.Ordinal);

    private static readonly HashSet<string> Connectors = ActorWords.Of("connectors", StringComparer.Ordinal);

    public static IEnumerable<NameSpan> Find(string text, List<Token> tokens, ActorLexicon lexicon)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i]))
            {
                i++;
                continue;
            }

            var first = i;
            var last = i;
            var j = i + 1;
            while (j < tokens.Count)
            {
                if (IsNameWord(tokens[j]) && !IsLineBreakBetween(text, tokens[last], tokens[j]))
                {
                    last = j++;
                }
                else if (Connectors.Contains(tokens[j].Text) && j + 1 < tokens.Count && IsNameWord(tokens[j + 1]) && !IsLineBreakBetween(text, tokens[last], tokens[j + 1]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            i = last + 1;
            while (first <= last && lexicon.NonNames.Contains(tokens[first].Text))
            {
                first++;
            }

            while (last >= first && CalendarWords.Contains(tokens[last].Text))
            {
                last--;
            }

            if (first <= last && first > 0 && IsOrdinal(tokens[first - 1]) && !IsLineBreakBetween(text, tokens[first - 1], tokens[first]))
            {
                // An ordinal before a name is part of it: "9th Circuit Court of Appeals", "82nd Airborne Division".
                first--;
            }

            if (first <= last && last - first < MaxNameTokens)
            {
                if ((ListedAfterAPlural(tokens, first, last) is var listed and > 0 ? listed : TwoOrganizations(tokens, first, last, lexicon)) is var joiner and > 0)
                {
                    // "Two other operators, Coastlink and Harbour Air Services, said", "thanked Dunmarrow City Council and
                    // Kessing Environmental Services": two names, not one.
                    yield return new NameSpan(text, tokens, first, joiner - 1);
                    yield return new NameSpan(text, tokens, joiner + 1, last);
                }
                else
                {
                    yield return new NameSpan(text, tokens, first, last);
                }
            }
        }
    }

    /// <summary>
    /// The index of the "and" that joins two names listed right after a plural noun and a comma ("two other operators,
    /// Coastlink and Harbour Air Services,"), when it is the run's only connector; else -1. A name with "and" in it
    /// ("Procter and Gamble", "Department of Health and Human Services") stands elsewhere in a sentence.
    /// </summary>
    private static int ListedAfterAPlural(List<Token> tokens, int first, int last)
    {
        if (first < 2 || tokens[first - 1].Text != "," || tokens[first - 2] is not { IsWord: true, IsCapitalized: false } noun
            || noun.Text.Length < 4 || !noun.Text.EndsWith('s'))
        {
            return -1;
        }

        var joiner = -1;
        for (var k = first + 1; k < last; k++)
        {
            if (Connectors.Contains(tokens[k].Text))
            {
                if (tokens[k].Text != "and" || joiner >= 0)
                {
                    return -1;
                }

                joiner = k;
            }
        }

        return joiner;
    }

    /// <summary>
    /// The index of the "and" that joins two names of organizations, each of at least two words and each ending in an
    /// organization's head word ("Dunmarrow City Council and Kessing Environmental Services"), when it is the run's
    /// only "and"; else -1. One organization's name with "and" in it ends its first part otherwise ("Department of
    /// Health and Human Services", "Food and Drug Administration").
    /// </summary>
    private static int TwoOrganizations(List<Token> tokens, int first, int last, ActorLexicon lexicon)
    {
        var joiner = -1;
        for (var k = first + 1; k < last; k++)
        {
            if (tokens[k].Text == "and")
            {
                if (joiner >= 0)
                {
                    return -1;
                }

                joiner = k;
            }
        }

        return joiner - first >= 2 && last - joiner >= 2
            && lexicon.OrganizationHeads.Contains(tokens[joiner - 1].Text) && lexicon.OrganizationHeads.Contains(tokens[last].Text)
            ? joiner
            : -1;
    }

    private static bool IsOrdinal(Token token) =>
        token.Text.Length is >= 3 and <= 5 && char.IsAsciiDigit(token.Text[0])
        && (token.Text.EndsWith("st", StringComparison.Ordinal) || token.Text.EndsWith("nd", StringComparison.Ordinal) || token.Text.EndsWith("rd", StringComparison.Ordinal) || token.Text.EndsWith("th", StringComparison.Ordinal))
        && token.Text[..^2].All(char.IsAsciiDigit);

    private static bool IsNameWord(Token token) => token.IsWord && token.IsCapitalized && !char.IsDigit(token.Text[0]);

    private static bool IsLineBreakBetween(string text, Token a, Token b) =>
        a.End <= b.Start && text.AsSpan(a.End, b.Start - a.End).Contains('\n');
}
