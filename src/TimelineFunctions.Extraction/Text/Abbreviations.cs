using System.Collections.Frozen;

namespace TimelineFunctions.Extraction.Text;

/// <summary>Words whose period does not end a sentence (Resources/Text/abbreviations.txt): one list for the sentence splitter and the tokenizer.</summary>
public static class Abbreviations
{
    private static readonly FrozenSet<string> Words = ResourceText.Lines("Text", "abbreviations.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/>, without its final period ("Gov", "U.S"), is an abbreviation.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
