using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Whether a sentence is a headline, subheading or list item rather than story text.</summary>
internal static class Heading
{
    private const int MaxHeadingWords = 15;

    /// <summary>Headlines, subheadings and list items: short lines without sentence punctuation.</summary>
    public static bool Holds(Sentence sentence)
    {
        var text = sentence.Text.AsSpan().TrimEnd();
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            // Past the longest heading, the count no longer matters: stop rather than count a long sentence's words.
            if (text[range].Length > 0 && ++words > MaxHeadingWords)
            {
                return false;
            }
        }

        return words < 4 || !".!?\"'\u201D\u2019)".Contains(text[^1], StringComparison.Ordinal) || IsTitleCase(text);
    }

    /// <summary>
    /// A headline written in title case, even one that ends with a closing quote ("Judge Sides With Regulator on ‘Key
    /// Points’"): most of its words capitalized, and no sentence-final stop.
    /// </summary>
    private static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        if (text[^1] is '.' or '!' or '?')
        {
            return false;
        }

        var (words, capitalized) = TitleCaseWords.Count(text, "\"'\u2018\u201C(");
        return words >= 4 && capitalized >= 0.7 * words;
    }
}
