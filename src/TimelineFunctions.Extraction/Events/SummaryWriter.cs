using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Events;

/// <summary>One-line summaries: the clause itself, tidied and cut to a readable length at a word boundary.</summary>
public static partial class SummaryWriter
{
    private const int MaxWords = 32;

    public static string Clause(string text)
    {
        var clause = LeadingConnective().Replace(text.Trim(), "").Trim().TrimEnd(',', ';', ':', '-', '\u2014');
        clause = Whitespace().Replace(clause, " ");
        var words = clause.Split(' ');
        if (words.Length > MaxWords)
        {
            clause = string.Join(' ', words.Take(MaxWords)).TrimEnd(',', ';', ':') + "…";
        }
        else if (!clause.EndsWith('.') && !clause.EndsWith('"') && !clause.EndsWith('\u201D'))
        {
            clause += ".";
        }

        return clause.Length > 0 ? char.ToUpperInvariant(clause[0]) + clause[1..] : clause;
    }

    public static string Statement(string speaker, string? content) =>
        content is null or { Length: 0 } ? $"{speaker} made a statement." : $"{speaker}: {Clause(content)}";

    [GeneratedRegex(@"^(?:that|and|but|while|as)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
