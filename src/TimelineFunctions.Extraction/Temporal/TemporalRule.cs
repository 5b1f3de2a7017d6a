using System.Buffers;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal;

/// <summary>One pattern rule: its name (reported as <see cref="TemporalExpression.Rule"/>), the parser kind that
/// normalises its matches, its priority (file order; lower wins ties), the compiled pattern, and its trigger
/// words (empty: the pattern runs over the whole text).</summary>
public sealed record TemporalRule(string Name, string Kind, int Priority, Regex Pattern, IReadOnlyList<string> TriggerWords, bool TriggerOnDigits)
{
    public bool RunsEverywhere => TriggerWords.Count == 0 && !TriggerOnDigits;

    /// <summary>Characters of which every match holds at least one (null: none known): a text without any is not searched.</summary>
    public SearchValues<char>? Requires { get; init; }
}
