using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// A title before a name makes it a person and becomes their role: inside the capitalized run ("Maryland Governor Wes
/// Moore", "US Coast Guard Rear Admiral Shannon Gilreat", "Judge Lewis A. Kaplan") or in lower case right before it
/// ("spokesman Wang Wenbin", "lead defense attorney Mark Cohen").
/// </summary>
/// <remarks>
/// Whatever precedes an inner title ("US Coast Guard") is classified by the other rules.
/// </remarks>
public sealed class TitledPersonRule(IReadOnlyList<IActorRule> prefixRules) : IActorRule
{
    private static readonly HashSet<string> Modifiers = ActorWords.Of("title-modifiers", StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        for (var i = span.First; i < span.Last; i++)
        {
            var titleLength = lexicon.Titles.MatchAt(span.Tokens, i, span.Last);
            if (titleLength == 0 || !span.Tokens[i].IsCapitalized)
            {
                continue;
            }

            var name = span.Slice(i + titleLength, span.Last);
            if (!PersonNameRule.LooksLikePersonName(name, lexicon, afterTitle: true))
            {
                if (PortfolioHolder(span, i + titleLength, lexicon) is not { } holder)
                {
                    continue;
                }

                name = holder;
            }

            var mentions = new List<RawMention>();
            if (i > span.First)
            {
                var owner = span.Slice(span.First, i - 1);
                mentions.AddRange(prefixRules.Select(r => r.Apply(owner, lexicon)).FirstOrDefault(m => m is not null) ?? []);
            }

            var roleStart = ModifierStart(span.Tokens, span.First);
            var role = span.SourceText[roleStart..span.Tokens[name.First - 1].End];
            mentions.Add(name.Mention(name.Surface, ActorType.Person, "titled-person") with { Role = role });
            return mentions;
        }

        return LowerCaseTitleBefore(span, lexicon) is { } lowerRole && PersonNameRule.LooksLikePersonName(span, lexicon, afterTitle: true)
            ? [span.Mention(span.Surface, ActorType.Person, "titled-person") with { Role = lowerRole }]
            : null;
    }

    /// <summary>
    /// The name after a title's portfolio ("Minister of State for Road Transport and Highways VK Singh", "Minister for
    /// Foreign Affairs Ana Ferreira"): the run's last two words, when a connector opens the portfolio. A longer name
    /// loses its first words, which other mentions of the person restore.
    /// </summary>
    private static NameSpan? PortfolioHolder(NameSpan span, int afterTitle, ActorLexicon lexicon)
    {
        if (afterTitle > span.Last - 2 || span.Tokens[afterTitle].Text is not ("of" or "for"))
        {
            return null;
        }

        var name = span.Slice(span.Last - 1, span.Last);
        return name.Words.All(t => t.IsCapitalized) && PersonNameRule.LooksLikePersonName(name, lexicon, afterTitle: true) ? name : null;
    }

    private static string? LowerCaseTitleBefore(NameSpan span, ActorLexicon lexicon)
    {
        for (var length = 3; length >= 1; length--)
        {
            var start = span.First - length;
            if (start < 0 || !AllLowerOrDotted(span.Tokens, start, length))
            {
                continue;
            }

            if (lexicon.Titles.MatchAt(span.Tokens, start, span.First) == length)
            {
                return span.SourceText[ModifierStart(span.Tokens, start)..span.Tokens[span.First - 1].End];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the title's words are lower case (or abbreviations with a dot), its first word allowed a capital where it
    /// opens a sentence or a quote ("Chief executive Gideon Marsh said").
    /// </summary>
    private static bool AllLowerOrDotted(List<Token> tokens, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!RuleText.IsLower(tokens[i]) && !tokens[i].Text.EndsWith('.') && !(i == start && (RuleText.OpensSentence(tokens, i) || RuleText.OpensQuote(tokens, i))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Extends a role leftwards over modifiers such as "lead" or "former".</summary>
    private static int ModifierStart(List<Token> tokens, int index)
    {
        while (index > 0 && Modifiers.Contains(tokens[index - 1].Text))
        {
            index--;
        }

        return tokens[index].Start;
    }
}
