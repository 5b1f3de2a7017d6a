namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A gold event.</summary>
/// <remarks>
/// <see cref="Date"/> is the anchor of its period: the day, the Monday of the week, the 1st of the month or Jan 1
/// of the year, per <see cref="Granularity"/>.
/// </remarks>
public sealed record GoldEvent(
    string Id,
    DateOnly Date,
    string Granularity,
    string? DateText,
    string Summary,
    IReadOnlyList<string> Actors,
    IReadOnlyList<GoldSource> Sources,
    string Importance,
    IReadOnlyList<GoldDate> AltDates,
    string? Confidence = null)
{
    public bool IsCore => string.Equals(Importance, "core", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A <c>confidence: low</c> event (the source itself looks wrong or garbled) is optional: finding it is no credit
    /// and missing it no fault, and a system event that reports it is still correct.
    /// </summary>
    public bool IsOptional => string.Equals(Confidence, "low", StringComparison.OrdinalIgnoreCase);

    /// <summary>A required core event: what the core recalls count.</summary>
    public bool IsRequiredCore => IsCore && !IsOptional;
}
