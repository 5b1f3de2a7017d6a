using TimelineFunctions.Extraction.Actors.Rules;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// Groups a story is about that have no name, only a description in lower case: a participle or a hyphenated word
/// before a group noun ("the trapped workers", "rat-hole miners", "stranded passengers"), when the article uses the
/// same words at least <see cref="MinMentions"/> times. Said once, the words describe people in passing.
/// </summary>
public static class DescribedGroupFinder
{
    public const string RuleName = "described-group";

    /// <summary>How often an article must name a group with the same words for it to be an actor.</summary>
    public const int MinMentions = 2;

    private static readonly HashSet<string> GenericGroups = ActorWords.Of("generic-groups", StringComparer.Ordinal);

    public static IEnumerable<RawMention> Find(string text, List<Token> tokens, ActorLexicon lexicon)
    {
        var found = new List<RawMention>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Describes(tokens[i], RuleText.OpensSentence(tokens, i)) || !RuleText.IsLower(tokens[i + 1]) || lexicon.GroupNouns.PhraseAt(tokens, i + 1, tokens.Count) is not { } group || GenericGroups.Contains(group))
            {
                continue;
            }

            var end = tokens[i + group.Split(' ').Length].End;
            found.Add(new RawMention(tokens[i].Start, end - tokens[i].Start, text[tokens[i].Start..end], $"{tokens[i].Text.ToLowerInvariant()} {group}", ActorType.Group, RuleName));
        }

        return found.GroupBy(m => m.Name, StringComparer.Ordinal).Where(g => g.Count() >= MinMentions).SelectMany(g => g);
    }

    /// <summary>
    /// A lower-case participle ("trapped", "displaced") or hyphenated word of letters ("rat-hole", "anti-war"),
    /// capitalized only where it opens a sentence.
    /// </summary>
    private static bool Describes(Token token, bool opensSentence) =>
        (RuleText.IsLower(token) || (opensSentence && token.IsCapitalized))
        && ((token.Text.Length > 4 && token.Text.EndsWith("ed", StringComparison.Ordinal) && token.Text.All(char.IsLetter))
            || (token.Text.Contains('-', StringComparison.Ordinal) && token.Text.All(c => char.IsLetter(c) || c == '-')));
}
