using System.Collections.Frozen;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Comparison;

/// <summary>
/// Whether a sentence presents its event as one more of its kind ("A second group of defectors was deported"), by the
/// words of Resources/Comparison/another-instance.txt.
/// </summary>
public static class AnotherInstance
{
    private static readonly FrozenSet<string> Markers = ResourceText.Lines("Comparison", "another-instance.txt")
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsMarked(string? text) =>
        text is not null && Tokenizer.Tokenize(text).Any(token => Markers.Contains(token.Text));
}
