namespace TimelineFunctions.Extraction.Publication;

/// <summary>How a numeric date such as 05/06/24 orders its day and month.</summary>
public enum NumericOrder
{
    /// <summary>Not numeric, or unambiguous (a part above 12 fixes the order).</summary>
    Unambiguous,

    /// <summary>Both parts are 12 or less; read month first (US order) unless the page shows otherwise.</summary>
    AmbiguousReadAsMonthFirst,
}
