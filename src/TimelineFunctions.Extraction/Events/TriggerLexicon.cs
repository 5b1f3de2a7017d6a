using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>An event type a trigger names, with its CAMEO root code where one fits.</summary>
public sealed record EventKind(string Type, string? CameoCode)
{
    /// <summary>Kinds that are things said rather than done: they type the statement, not a separate event.</summary>
    public bool IsSpeechAct => Type is "denial" or "protest" or "appeal" or "apology" or "warning" or "announcement";
}

/// <summary>A trigger found in a clause: what kind of event it names and where.</summary>
public sealed record TriggerMatch(EventKind Kind, int Start, int Length);

/// <summary>The event triggers of Resources/Events/triggers.tsv, in priority order, and the reporting verbs.</summary>
public sealed class TriggerLexicon
{
    private readonly List<(Regex Pattern, EventKind Kind)> _triggers;

    private TriggerLexicon()
    {
        _triggers = [.. EmbeddedData.Lines("Events/triggers.tsv").Select(line =>
        {
            var fields = line.Split('\t');
            var pattern = new Regex($@"\b(?:{fields[0]})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
            return (pattern, new EventKind(fields[1], fields[2] == "-" ? null : fields[2]));
        })];
        ReportingVerbs = new(EmbeddedData.Lines("Events/reporting-verbs.txt"), StringComparer.OrdinalIgnoreCase);
    }

    public static TriggerLexicon Default { get; } = new();

    public HashSet<string> ReportingVerbs { get; }

    /// <summary>Every trigger in <paramref name="text"/>[start..end], highest priority first.</summary>
    public IEnumerable<TriggerMatch> Find(string text, int start, int end)
    {
        foreach (var (pattern, kind) in _triggers)
        {
            var match = pattern.Match(text, start, end - start);
            if (match.Success)
            {
                yield return new TriggerMatch(kind, match.Index, match.Length);
            }
        }
    }
}
