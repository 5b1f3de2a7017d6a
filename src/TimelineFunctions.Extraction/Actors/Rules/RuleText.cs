using System.Globalization;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>Small text helpers shared by the actor rules.</summary>
internal static class RuleText
{
    public static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "into", "outside", "across", "around", "inside", "from" };

    public static bool IsLower(Token? token) => token is { IsWord: true } t && char.IsLower(t.Text[0]);

    public static string TitleCase(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
}
