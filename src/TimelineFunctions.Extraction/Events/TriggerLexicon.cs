using System.Buffers;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>The event triggers of Resources/Events/triggers.tsv, in priority order, and the reporting verbs.</summary>
/// <remarks>
/// All triggers are compiled into linear-time expressions (<see cref="TriggerScanner"/>), as few as their size allows; each match is then told apart
/// by the first trigger whose pattern matches the matched words whole. That is the alternative a backtracking
/// alternation takes: an earlier trigger matching those words whole would have matched there first. Capture groups in
/// the linear-time expression would tell it too, but cost 15 times the scan. The answer only depends on the matched
/// words, so it is remembered per phrase.
/// </remarks>
public sealed class TriggerLexicon
{
    private readonly TriggerScanner _triggers;
    private readonly EventKind[] _kinds;
    private readonly Regex[] _wholePhrase;
    private readonly BoundedMemo<int> _kindOfPhrase = new(MaxRememberedPhrases);
    private readonly HashSet<string> _placeNouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _backgroundPrepositions;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PerfectAuxiliaries = EventWords.Lookup("perfect-auxiliaries");

    /// <summary>Words at most after the determiner of a subject between a background preposition and its verb ("since the freelance journalist was detained").</summary>
    private const int MaxSubjectNounWords = 3;

    /// <summary>Phrases remembered at most; past it, new phrases are looked up each time (no unbounded growth).</summary>
    private const int MaxRememberedPhrases = 10_000;

    private TriggerLexicon()
    {
        var rows = ResourceText.Lines("Events", "triggers.tsv").Select(line => line.Split('\t')).ToList();
        _kinds = [.. rows.Select(f => new EventKind(f[1], f[2] == "-" ? null : f[2]))];
        _triggers = new TriggerScanner([.. rows.Select(f => f[0].ToLowerInvariant())]);
        _wholePhrase = [.. rows.Select(f => new Regex($@"\A(?:{f[0].ToLowerInvariant()})\z", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture))];
        ReportingVerbs = new(ResourceText.Lines("Events", "reporting-verbs.txt"), StringComparer.OrdinalIgnoreCase);
        FrameWords = SearchValues.Create([.. ReportingVerbs, "according"], StringComparison.OrdinalIgnoreCase);
        _placeNouns = new(ResourceText.Lines("Events", "place-nouns.txt"), StringComparer.Ordinal);
        _backgroundPrepositions = new HashSet<string>(ResourceText.Lines("Events", "background-prepositions.txt"), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TriggerLexicon Default { get; } = new();

    public HashSet<string> ReportingVerbs { get; }

    /// <summary>The reporting verbs and "according", found anywhere in a text (also inside longer words).</summary>
    internal SearchValues<string> FrameWords { get; }

    /// <summary>
    /// Finds every trigger of the whole text once, so each clause then only looks its own up. Patterns are lower
    /// case and run on a lower-cased copy (same length, same offsets).
    /// </summary>
    public TriggerIndex Index(string text)
    {
        var byPriority = _kinds.Select(_ => new List<TriggerMatch>()).ToArray();
        var lower = text.ToLowerInvariant();
        foreach (var match in _triggers.Matches(lower))
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
    /// checks"): it describes a time or a thing, and tells no event.
    /// </summary>
    private static bool ModifiesInACompound(string lower, int start) =>
        start >= 2 && lower[start - 1] == '-' && char.IsLetter(lower[start - 2]);

    /// <summary>
    /// Whether a trigger sits in a phrase its clause only refers to: after a preposition of
    /// Resources/Events/background-prepositions.txt, maybe with a determiner between ("after the collapse", "since
    /// its derailment"), or a subject and auxiliaries: a pronoun ("16 days after it collapsed", "since they were
    /// detained") or a short noun phrase a determiner opens ("since the freelance journalist was detained").
    /// </summary>
    public bool IsReferredTo(string text, TriggerMatch trigger)
    {
        var before = text.AsSpan(0, trigger.Start);
        var word = AdjacentWords.TakeLast(ref before);
        if (AdjacentWords.IsDeterminer(word))
        {
            word = AdjacentWords.TakeLast(ref before);
        }
        else
        {
            var passed = 0;
            for (; passed < 3 && AdjacentWords.IsReferringSubject(word); passed++)
            {
                word = AdjacentWords.TakeLast(ref before);
            }

            if (passed > 0 && !_backgroundPrepositions.Contains(word))
            {
                // "since the freelance journalist was detained": a short noun phrase a determiner opens is the subject.
                for (var i = 0; i < MaxSubjectNounWords && word.Length > 0 && !AdjacentWords.IsDeterminer(word); i++)
                {
                    word = AdjacentWords.TakeLast(ref before);
                }

                word = AdjacentWords.IsDeterminer(word) ? AdjacentWords.TakeLast(ref before) : [];
            }
        }

        // "has since grounded the fleet": "since" between a perfect's auxiliary and its participle is an adverb.
        return word.Length > 0 && _backgroundPrepositions.Contains(word)
            && !PerfectAuxiliaries.Contains(AdjacentWords.TakeLast(ref before));
    }

    /// <summary>Whether the word after a trigger makes it part of a place's name ("collapse site"): Resources/Events/place-nouns.txt.</summary>
    private bool NamesAPlace(string lower, int end) =>
        AdjacentWords.After(lower, end) is { Length: > 0 } next && _placeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);

    /// <summary>The index of the first trigger that matches the whole phrase.</summary>
    private int KindOf(string phrase) =>
        _kindOfPhrase.Get(phrase, _wholePhrase, static (words, patterns) => Array.FindIndex(patterns, pattern => pattern.IsMatch(words)));
}
