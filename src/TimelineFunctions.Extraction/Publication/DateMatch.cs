namespace TimelineFunctions.Extraction.Publication;

/// <summary>One calendar date found in a piece of text.</summary>
/// <param name="Start">Offset of the match in the searched text.</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Month">1–12.</param>
/// <param name="Day">1–31.</param>
/// <param name="Year">The four-digit year, or null when the text gives none ("Oct 13").</param>
/// <param name="Order">Whether a numeric day/month order had to be assumed.</param>
public sealed record DateMatch(int Start, int Length, int Month, int Day, int? Year, NumericOrder Order)
{
    public DateOnly? ToDate() => Year is { } y ? DateText.TryMake(y, Month, Day) : null;

    public DateOnly? ToDate(int year) => DateText.TryMake(year, Month, Day);
}
