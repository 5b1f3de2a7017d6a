namespace TimelineFunctions.Extraction.Text;

/// <summary>A sentence of a text and where it starts in that text.</summary>
public readonly record struct Sentence(int Start, string Text)
{
    public int End => Start + Text.Length;
}
