namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>A gold timeline (<c>gold/&lt;story&gt;.json</c>), as documented in the dev corpus README.</summary>
public sealed record GoldStory(
    string Story,
    string? Title,
    IReadOnlyList<string> Articles,
    IReadOnlyList<GoldEvent> Events,
    IReadOnlyList<GoldActor> Actors,
    IReadOnlyList<GoldUndated> Undated,
    IReadOnlyList<string> NonEvents);

/// <summary>
/// A gold event. <see cref="Date"/> is the anchor of its period: the day, the Monday of the week, the 1st of the
/// month or Jan 1 of the year, per <see cref="Granularity"/>.
/// </summary>
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

/// <summary>A date at a granularity (day|week|month|year), anchored as in <see cref="GoldEvent.Date"/>.</summary>
public sealed record GoldDate(DateOnly Date, string Granularity)
{
    public override string ToString() => Granularity switch
    {
        "year" => Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        "month" => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        "week" => $"week of {Date:yyyy-MM-dd}",
        _ => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>One article's report of a gold event; <see cref="Article"/> is <c>&lt;story&gt;/&lt;file stem&gt;</c>.</summary>
public sealed record GoldSource(string Article, string Quote, string? DateText);

public sealed record GoldActor(string Name, string? Type, IReadOnlyList<string> Aliases, string? Role);

/// <summary>A statement the gold keeps off the dated timeline; a system event matching it is still correct.</summary>
public sealed record GoldUndated(string Article, string Quote, string? Note);
