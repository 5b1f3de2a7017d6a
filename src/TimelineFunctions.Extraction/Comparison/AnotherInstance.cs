using System.Collections.Frozen;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Comparison;

/// <summary>
/// Whether a sentence presents its event as one more of its kind ("A second group of defectors was deported"), by the
/// words of Resources/Comparison/another-instance.txt. A marker before a number adds to a figure, not to the deeds
/// ("a rise of 6% this year and a further 4% next April").
/// </summary>
public static class AnotherInstance
{
    private static readonly FrozenSet<string> Markers = ResourceText.Lines("Comparison", "another-instance.txt")
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsMarked(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Markers.Contains(tokens[i].Text) && !(i + 1 < tokens.Count && tokens[i + 1].Text.Length > 0 && char.IsDigit(tokens[i + 1].Text[0])))
            {
                return true;
            }
        }

        return false;
    }
}
