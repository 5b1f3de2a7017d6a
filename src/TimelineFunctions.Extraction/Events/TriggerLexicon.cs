using System.Collections.Frozen;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>An event type a trigger names, with its CAMEO root code where one fits.</summary>
public sealed record EventKind(string Type, string? CameoCode)
{
    public const string StatementType = "statement";

    /// <summary>The type of a deed announced before it happens: dated when it was announced, planned for its own date.</summary>
    public const string PlanType = "plan";

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

/// <summary>A trigger found in a clause: what kind of event it names and where.</summary>
public sealed record TriggerMatch(EventKind Kind, int Start, int Length);

/// <summary>
/// The event triggers of Resources/Events/triggers.tsv, in priority order, and the reporting verbs. All triggers
/// are compiled into one linear-time expression, so a text is scanned once; each match is then told apart by the
/// first trigger whose pattern matches the matched words whole. That is the alternative a backtracking alternation
/// takes: an earlier trigger matching those words whole would have matched there first. Capture groups in the
/// linear-time expression would tell it too, but cost 15 times the scan. The answer only depends on the matched
/// words, so it is remembered per phrase.
/// </summary>
public sealed class TriggerLexicon
{
    private readonly Regex _triggers;
    private readonly EventKind[] _kinds;
    private readonly Regex[] _wholePhrase;
    private readonly BoundedMemo<int> _kindOfPhrase = new(MaxRememberedPhrases);
    private readonly HashSet<string> _placeNouns;
    private readonly HashSet<string> _backgroundPrepositions;

    /// <summary>Phrases remembered at most; past it, new phrases are looked up each time (no unbounded growth).</summary>
    private const int MaxRememberedPhrases = 10_000;

    private TriggerLexicon()
    {
        var rows = ResourceText.Lines("Events", "triggers.tsv").Select(line => line.Split('\t')).ToList();
        _kinds = [.. rows.Select(f => new EventKind(f[1], f[2] == "-" ? null : f[2]))];
        var alternatives = string.Join('|', rows.Select(f => $"(?:{f[0].ToLowerInvariant()})"));
        _triggers = new Regex($@"\b(?:{alternatives})\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture);
        _wholePhrase = [.. rows.Select(f => new Regex($@"\A(?:{f[0].ToLowerInvariant()})\z", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture))];
        ReportingVerbs = new(ResourceText.Lines("Events", "reporting-verbs.txt"), StringComparer.OrdinalIgnoreCase);
        _placeNouns = new(ResourceText.Lines("Events", "place-nouns.txt"), StringComparer.Ordinal);
        _backgroundPrepositions = new(ResourceText.Lines("Events", "background-prepositions.txt"), StringComparer.OrdinalIgnoreCase);
    }

    public static TriggerLexicon Default { get; } = new();

    public HashSet<string> ReportingVerbs { get; }

    /// <summary>
    /// Finds every trigger of the whole text once, so each clause then only looks its own up. Patterns are lower
    /// case and run on a lower-cased copy (same length, same offsets).
    /// </summary>
    public TriggerIndex Index(string text)
    {
        var byPriority = _kinds.Select(_ => new List<TriggerMatch>()).ToArray();
        var lower = text.ToLowerInvariant();
        foreach (var match in _triggers.EnumerateMatches(lower))
        {
            if (!NamesAPlace(lower, match.Index + match.Length) && !ModifiesInACompound(lower, match.Index) && KindOf(lower.Substring(match.Index, match.Length)) is var kind and >= 0)
            {
                byPriority[kind].Add(new TriggerMatch(_kinds[kind], match.Index, match.Length));
            }
        }

        return new([.. byPriority.Select(l => l.ToArray())]);
    }

    /// <summary>
    /// Whether the event word is the second half of a hyphenated modifier ("pre-collapse vessels", "post-crash
    /// checks"): it describes a time or a thing, and tells no deed.
    /// </summary>
    private static bool ModifiesInACompound(string lower, int start) =>
        start >= 2 && lower[start - 1] == '-' && char.IsLetter(lower[start - 2]);

    /// <summary>
    /// Whether a trigger sits in a phrase its clause only refers to: after a preposition of
    /// Resources/Events/background-prepositions.txt, maybe with a determiner between ("after the collapse", "since
    /// its derailment").
    /// </summary>
    public bool IsReferredTo(string text, TriggerMatch trigger)
    {
        var before = text.AsSpan(0, trigger.Start);
        var word = WordsBeside.TakeLast(ref before);
        if (WordsBeside.IsDeterminer(word))
        {
            word = WordsBeside.TakeLast(ref before);
        }

        return word.Length > 0 && _backgroundPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Whether the word after a trigger makes it part of a place's name ("collapse site"): Resources/Events/place-nouns.txt.</summary>
    private bool NamesAPlace(string lower, int end) =>
        WordsBeside.After(lower, end) is { Length: > 0 } next && _placeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);

    /// <summary>The index of the first trigger that matches the whole phrase.</summary>
    private int KindOf(string phrase) =>
        _kindOfPhrase.Get(phrase, _wholePhrase, static (words, patterns) => Array.FindIndex(patterns, pattern => pattern.IsMatch(words)));
}

/// <summary>The triggers of one text, per trigger in priority order, each list in text order.</summary>
public sealed class TriggerIndex(TriggerMatch[][] byPriority)
{
    /// <summary>Every place of each trigger inside [start, end): highest priority first, each trigger's in text order.</summary>
    public IEnumerable<TriggerMatch> Find(int start, int end)
    {
        foreach (var matches in byPriority)
        {
            // Each list is in text order: start at the first match at or after start, not at the article's top.
            for (var i = FirstAtOrAfter(matches, start); i < matches.Length && matches[i].Start < end; i++)
            {
                if (matches[i].Start + matches[i].Length <= end)
                {
                    yield return matches[i];
                }
            }
        }
    }

    private static int FirstAtOrAfter(TriggerMatch[] matches, int start)
    {
        var (low, high) = (0, matches.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (matches[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
