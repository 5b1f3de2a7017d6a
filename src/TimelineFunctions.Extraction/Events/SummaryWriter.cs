using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>One-line summaries: the clause itself, tidied and cut to a readable length at a word boundary.</summary>
public static class SummaryWriter
{
    private const int MaxWords = 32;

    /// <summary>Words that open a clause without adding to it ("that China deported …" → "China deported …").</summary>
    private static readonly HashSet<string> LeadingConnectives = EventWords.Of("leading-connectives");

    public static string Clause(string text)
    {
        var clause = WithoutLeadingConnective(text.Trim()).Trim().TrimEnd(',', ';', ':', '-', '\u2014');
        clause = Whitespace.Collapse(clause);
        if (NthSpace(clause, MaxWords) is var cut and >= 0)
        {
            // More than MaxWords words (words are what lies between single spaces now).
            clause = clause[..cut].TrimEnd(',', ';', ':') + "…";
        }
        else if (!clause.EndsWith('.') && !clause.EndsWith('"') && !clause.EndsWith('\u201D'))
        {
            clause += ".";
        }

        return clause.Length > 0 ? char.ToUpperInvariant(clause[0]) + ClosingQuotation(clause[1..], clause[0]) : clause;
    }

    public static string Statement(string speaker, string? content) =>
        content is null or { Length: 0 } ? $"{speaker} made a statement." : $"{speaker}: {Clause(content)}";

    /// <summary>
    /// A quotation cut at the speaker's comma gets back the closing mark the cut took: "“We will rebuild,” the mayor
    /// said" is summed up as “We will rebuild.”
    /// </summary>
    private static string ClosingQuotation(string rest, char first) =>
        first is '"' or '\u201C' && rest.IndexOfAny(['"', '\u201D']) < 0 ? rest + (first == '"' ? '"' : '\u201D') : rest;

    private static string WithoutLeadingConnective(string text)
    {
        foreach (var word in LeadingConnectives)
        {
            if (text.Length > word.Length && text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[word.Length]))
            {
                return text[word.Length..].TrimStart();
            }
        }

        return text;
    }

    /// <summary>The offset of the <paramref name="n"/>th space, or -1 when there are fewer.</summary>
    private static int NthSpace(string text, int n)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && ++seen == n)
            {
                return i;
            }
        }

        return -1;
    }
}
