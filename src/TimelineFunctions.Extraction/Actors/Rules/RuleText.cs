using System.Globalization;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>Small text helpers shared by the actor rules.</summary>
internal static class RuleText
{
    /// <summary>Prepositions before which a name is a place ("near Velmont Ford", "in Manhattan").</summary>
    public static readonly HashSet<string> PlacePrepositions = ActorWords.Of("place-prepositions", StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="PlacePrepositions"/> and "from", which also comes before people ("a letter from Ann Roe").</summary>
    public static readonly HashSet<string> Locatives = new(PlacePrepositions, StringComparer.OrdinalIgnoreCase) { "from" };

    /// <summary>
    /// Whether what comes right before the name makes it a place: a lower-case place preposition ("near Velmont
    /// Ford") or a kind of place and "of" ("the river town of Velmont Ford").
    /// </summary>
    public static bool FollowsPlaceCue(NameSpan span, ActorLexicon lexicon) =>
        IsLowerWordOf(span.Before(), PlacePrepositions)
        || (span.Before() is { Text: "of" } && IsLowerWordOf(span.Before(2), lexicon.PlaceKinds));

    /// <summary>
    /// Whether the word at <paramref name="index"/> opens a sentence: first of the text, or after a full stop, a question
    /// or an exclamation mark. Its capital says nothing of a name.
    /// </summary>
    public static bool OpensSentence(List<Token> tokens, int index) =>
        index == 0 || tokens[index - 1].Text is "." or "!" or "?";

    /// <summary>Whether the word at <paramref name="index"/> comes right after an opening quote ("“Chief executive Ida Brenn …").</summary>
    public static bool OpensQuote(List<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].Text is "\"" or "\u201C";

    public static bool IsLower(Token? token) => token is { IsWord: true } t && char.IsLower(t.Text[0]);

    /// <summary>Whether <paramref name="token"/> is a lower-case word of <paramref name="words"/> (a cue before or after a name).</summary>
    public static bool IsLowerWordOf(Token? token, IReadOnlySet<string> words) => IsLower(token) && words.Contains(token!.Value.Text);

    public static string TitleCase(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
}
