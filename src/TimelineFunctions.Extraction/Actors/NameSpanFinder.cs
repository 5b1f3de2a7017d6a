using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>Finds runs of capitalized words.</summary>
/// <remarks>
/// A run may hold lower-case connectors between capitalized words ("Port of Baltimore", "Supervisor of Salvage &amp;
/// Diving"); it ends at punctuation or a possessive "'s". Leading words that are never names ("The", "In", "Monday")
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
                yield return new NameSpan(text, tokens, first, last);
            }
        }
    }

    private static bool IsOrdinal(Token token) =>
        token.Text.Length is >= 3 and <= 5 && char.IsAsciiDigit(token.Text[0])
        && (token.Text.EndsWith("st", StringComparison.Ordinal) || token.Text.EndsWith("nd", StringComparison.Ordinal) || token.Text.EndsWith("rd", StringComparison.Ordinal) || token.Text.EndsWith("th", StringComparison.Ordinal))
        && token.Text[..^2].All(char.IsAsciiDigit);

    private static bool IsNameWord(Token token) => token.IsWord && token.IsCapitalized && !char.IsDigit(token.Text[0]);

    private static bool IsLineBreakBetween(string text, Token a, Token b) =>
        a.End <= b.Start && text.AsSpan(a.End, b.Start - a.End).Contains('\n');
}
