namespace TimelineFunctions.Extraction.Text;

/// <summary>How title-case a line is: its words (between spaces) that open with a letter, and how many are capitalized.</summary>
public static class TitleCaseWords
{
    /// <param name="text">The line.</param>
    /// <param name="opening">Punctuation skipped before a word's first letter ("“Key", "(Update"); none when empty.</param>
    public static (int Words, int Capitalized) Count(ReadOnlySpan<char> text, ReadOnlySpan<char> opening = default)
    {
        // The words are looked at where they stand, not copied: this runs for every sentence and line.
        var (words, capitalized) = (0, 0);
        foreach (var range in text.Split(' '))
        {
            var word = opening.IsEmpty ? text[range] : text[range].TrimStart(opening);
            if (word.Length > 0 && char.IsLetter(word[0]))
            {
                words++;
                capitalized += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return (words, capitalized);
    }
}
