namespace TimelineFunctions.Evaluation.DevSet;

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
