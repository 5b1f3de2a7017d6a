namespace TimelineFunctions.Extraction.Temporal;

/// <summary>A temporal expression found in text, normalised TimeML-style.</summary>
/// <remarks>
/// <see cref="Value"/> is the TIMEX3 value ("2023-10-12", "2023-W41", "2023-10", "2023", "P25Y", "PRESENT_REF",
/// "XXXX-04"); <see cref="RangeStart"/> and <see cref="RangeEnd"/> are the calendar days a resolved DATE covers (null
/// for durations and unresolved values). <see cref="Start"/> and <see cref="Length"/> are character offsets into the
/// tagged text. <see cref="Rule"/> names the rule that produced it, for debugging and evaluation. <see
/// cref="PartOfDay"/> is the TimeML part of day ("MO", "AF", "EV", "NI") of expressions such as "Monday night", whose
/// value stays the day. <see cref="IsYearGuessed"/> marks a date named without a year whose year no word fixed: the
/// tagger chose the occurrence nearest the document's date ("in January", "on 12 January").
/// </remarks>
public sealed record TemporalExpression(
    int Start,
    int Length,
    string Text,
    TimexType Type,
    string Value,
    Granularity? Granularity,
    DateOnly? RangeStart,
    DateOnly? RangeEnd,
    string? Modifier,
    string Rule,
    string? PartOfDay = null,
    bool IsYearGuessed = false)
{
    /// <summary>The rule name of ages ("the 31-year-old"): TimeML DURATIONs that a timeline should ignore.</summary>
    public const string AgeRule = "age";

    public int End => Start + Length;

    /// <summary>True for ages ("31-year-old"): not a time of anything that happened.</summary>
    public bool IsAge => Rule == AgeRule;

    public bool IsResolvedDate => Type is TimexType.Date or TimexType.Time && RangeStart is not null && RangeEnd is not null;
}
