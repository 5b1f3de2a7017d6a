namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>One line of the body while it is being cleaned.</summary>
public sealed class CleaningLine(string text, int paragraph)
{
    public string Text { get; set; } = text;

    public int Paragraph { get; } = paragraph;

    /// <summary>The rule that removed the line, or null while it is kept.</summary>
    public string? RemovedBy { get; set; }

    public bool IsKept => RemovedBy is null;
}
