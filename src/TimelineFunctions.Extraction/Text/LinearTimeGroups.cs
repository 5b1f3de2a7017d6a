using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Text;

/// <summary>
/// Compiles consecutive items (patterns, sections of patterns) into as few linear-time expressions as the engine's
/// size limit allows: all of them in one or, when that one is over the limit, each half in turn.
/// </summary>
/// <remarks>
/// A linear-time expression (<see cref="RegexOptions.NonBacktracking"/>) refuses a pattern whose automaton could
/// outgrow its limit; counted runs such as ".{0,400}" count towards it.
/// </remarks>
public static class LinearTimeGroups
{
    /// <summary>The groups of items [0, <paramref name="count"/>), in order; <paramref name="compile"/> compiles items [start, end).</summary>
    public static List<(int Start, int End, Regex Regex)> Compile(int count, Func<int, int, Regex> compile)
    {
        var groups = new List<(int Start, int End, Regex Regex)>();
        if (count > 0)
        {
            Add(0, count, compile, groups);
        }

        return groups;
    }

    private static void Add(int start, int end, Func<int, int, Regex> compile, List<(int Start, int End, Regex Regex)> groups)
    {
        try
        {
            groups.Add((start, end, compile(start, end)));
        }
        catch (NotSupportedException) when (end - start > 1)
        {
            var middle = start + ((end - start) / 2);
            Add(start, middle, compile, groups);
            Add(middle, end, compile, groups);
        }
    }
}
