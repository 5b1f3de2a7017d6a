using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>Whether a sentence is a headline, subheading or list item rather than story text.</summary>
internal static class Heading
{
    private const int MaxHeadingWords = 15;

    /// <summary>Headlines, subheadings and list items: short lines without sentence punctuation.</summary>
    public static bool Holds(Sentence sentence)
    {
        var text = sentence.Text.TrimEnd();
        var words = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            words += text.AsSpan(range).Length > 0 ? 1 : 0;
        }

        return words < 4 || (words <= MaxHeadingWords && (!".!?\"'\u201D\u2019)".Contains(text[^1], StringComparison.Ordinal) || IsTitleCase(text)));
    }

    /// <summary>
    /// A headline written in title case, even one that ends with a closing quote ("Judge Sides With Regulator on ‘Key
    /// Points’"): most of its words capitalized, and no sentence-final stop.
    /// </summary>
    private static bool IsTitleCase(string text)
    {
        if (text[^1] is '.' or '!' or '?')
        {
            return false;
        }

        var (words, capitalized) = TitleCaseWords.Count(text, "\"'\u2018\u201C(");
        return words >= 4 && capitalized >= 0.7 * words;
    }
}
