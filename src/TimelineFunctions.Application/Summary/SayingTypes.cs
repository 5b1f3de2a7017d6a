namespace TimelineFunctions.Application.Summary;

/// <summary>The event types that report what was said or that name no action; every other type is an action.</summary>
public static class SayingTypes
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "statement", "occurrence" };

    public static bool IsSaying(string type) => Types.Contains(type);
}
