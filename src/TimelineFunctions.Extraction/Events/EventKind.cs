using System.Collections.Frozen;

namespace TimelineFunctions.Extraction.Events;

/// <summary>An event type a trigger names, with its CAMEO root code where one fits.</summary>
public sealed record EventKind(string Type, string? CameoCode)
{
    public const string StatementType = "statement";

    /// <summary>The type of an event announced before it happens: dated when it was announced, planned for its own date.</summary>
    public const string PlanType = "plan";

    /// <summary>The kind of a statement with no sharper speech act.</summary>
    internal static readonly EventKind Statement = new(StatementType, "01");

    /// <summary>The kind of a dated content with no trigger: something happened that day.</summary>
    internal static readonly EventKind Occurrence = new("occurrence", null);

    internal static readonly EventKind Plan = new(PlanType, null);

    /// <summary>Kinds that are things said rather than done: they type the statement, not a separate event.</summary>
    public bool IsSpeechAct => IsSaid(Type) && Type != StatementType;

    /// <summary>Whether an event of this type is something said (a statement, a denial, …) rather than done.</summary>
    public static bool IsSaid(string type) =>
        type is StatementType or "denial" or "protest" or "appeal" or "apology" or "warning" or "announcement";

    /// <summary>
    /// Whether an event of this type brings its parties together on its day (a hearing, a meeting, a signing), so
    /// that what they say that day is said there (Resources/Events/occasion-types.txt).
    /// </summary>
    public static bool IsOccasion(string type) => OccasionTypes.Contains(type);

    private static readonly FrozenSet<string> OccasionTypes =
        ResourceText.Lines("Events", "occasion-types.txt").ToFrozenSet(StringComparer.Ordinal);
}
