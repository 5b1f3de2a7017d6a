using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// A run of capitalized words that may name something ("Koo Byoung-sam", "Port of Baltimore"), as token indices
/// [<see cref="First"/>, <see cref="Last"/>] into <see cref="Tokens"/>, with the words around it for the rules.
/// </summary>
public sealed class NameSpan(string text, List<Token> tokens, int first, int last)
{
    public string SourceText { get; } = text;

    public List<Token> Tokens { get; } = tokens;

    public int First { get; } = first;

    public int Last { get; } = last;

    public int Start => Tokens[First].Start;

    public int End => Tokens[Last].End;

    public int Count => Last - First + 1;

    public string Surface => field ??= SourceText[Start..End];

    /// <summary>The span's tokens, copied once: every rule that classifies the span reads them.</summary>
    public IReadOnlyList<Token> Words => field ??= Tokens.GetRange(First, Count);

    public NameSpan Slice(int first, int last) => new(SourceText, Tokens, first, last);

    /// <summary>The token <paramref name="offset"/> places before the span (-1 is the one right before), or null.</summary>
    public Token? Before(int offset = 1) => First - offset >= 0 ? Tokens[First - offset] : null;

    /// <summary>The token <paramref name="offset"/> places after the span (1 is the one right after), or null.</summary>
    public Token? After(int offset = 1) => Last + offset < Tokens.Count ? Tokens[Last + offset] : null;

    /// <summary>Whether the span is the first thing on its line: where a dateline names the place a story was filed.</summary>
    public bool OpensLine => First == 0 || SourceText.AsSpan(0, Start).TrimEnd(' ').EndsWith("\n");

    public RawMention Mention(string name, ActorType type, string rule) => new(Start, End - Start, Surface, name, type, rule);
}
