namespace TimelineFunctions.Application.Summary;

/// <summary>The event types that report what was said or that name no deed; every other type is a deed.</summary>
public static class SayingTypes
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "statement", "occurrence" };

    public static bool IsSaying(string type) => Types.Contains(type);
}
