namespace TimelineFunctions.Application.Queries;

/// <summary>What to show of a story's timeline.</summary>
/// <remarks>
/// Every criterion is optional; those given must all hold. Dated events match <see cref="From"/>/<see cref="To"/>
/// when their date range overlaps the bounds; undated events match no date bound, so a bounded query leaves them
/// out.
/// </remarks>
public sealed record TimelineQuery
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>An actor id (exact) or name (case-insensitive).</summary>
    public string? Actor { get; init; }

    /// <summary>An event type, case-insensitive.</summary>
    public string? Type { get; init; }

    public int? MinSources { get; init; }

    /// <summary>Text to find (case-insensitive) in the summary or any source's quote.</summary>
    public string? Text { get; init; }

    public TimelineOrder Order { get; init; } = TimelineOrder.Asc;

    /// <summary>At most this many events per page (dated and undated together); null for all.</summary>
    public int? Limit { get; init; }

    public static TimelineQuery All { get; } = new();

    /// <summary>The criteria that select and order events, as one canonical string (no paging).</summary>
    public string Fingerprint() =>
        string.Join('\u001f', From?.ToString("O") ?? "", To?.ToString("O") ?? "", Actor ?? "", Type?.ToLowerInvariant() ?? "",
            MinSources?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Text ?? "", Order.ToString());
}
