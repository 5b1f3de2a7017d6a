using TimelineFunctions.Extraction.Temporal.Parsers;
using TimelineFunctions.Extraction.Temporal.Refiners;

namespace TimelineFunctions.Extraction.Temporal;

/// <summary>
/// Finds and normalises temporal expressions (TimeML TIMEX3) in the spirit of HeidelTime: pattern rules and word
/// lists are data (Resources/Temporal/rules.txt and lexicon.txt); each rule names a small parser that normalises
/// its matches against the document creation time; refiners then attach modifiers, keep the longest of
/// overlapping matches, merge times with dates, resolve "that day"-style anaphora and re-anchor "a year earlier"
/// on a quarter.
/// </summary>
public sealed class TemporalTagger
{
    private readonly TemporalLexicon _lexicon;
    private readonly TemporalRuleSet _rules;
    private readonly ITimexParser[] _parserByRule;
    private readonly ITimexRefiner[] _refiners;
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _triggers;
    private readonly ulong _digitTriggers;
    private readonly int[] _everywhere;

    /// <summary>How far before and after a trigger token a rule's pattern may reach.</summary>
    private const int Reach = 48;

    public TemporalTagger()
        : this(TemporalLexicon.Default, null)
    {
    }

    public TemporalTagger(TemporalLexicon lexicon, TemporalRuleSet? rules)
    {
        _lexicon = lexicon;
        _rules = rules ?? TemporalRuleSet.LoadEmbedded(lexicon);
        var parsers = DefaultParsers().ToDictionary(p => p.Kind, StringComparer.Ordinal);
        _parserByRule = [.. _rules.Rules.Select(r => parsers.TryGetValue(r.Kind, out var p)
            ? p
            : throw new InvalidOperationException($"Rule {r.Name} names an unknown parser kind '{r.Kind}'."))];
        _refiners = [new ModifierRefiner(), new OverlapRefiner(), new TimeDateMergeRefiner(), new AnaphoraRefiner(), new YearAgoQuarterRefiner(), new NarrativeYearRefiner()];
        if (_rules.Rules.Count > 64)
        {
            throw new InvalidOperationException("At most 64 rules are supported (trigger masks are 64-bit).");
        }

        var triggers = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        var everywhere = new List<int>();
        foreach (var rule in _rules.Rules)
        {
            var bit = 1UL << rule.Priority;
            if (rule.RunsEverywhere)
            {
                everywhere.Add(rule.Priority);
            }

            if (rule.TriggerOnDigits)
            {
                _digitTriggers |= bit;
            }

            foreach (var word in rule.TriggerWords)
            {
                triggers[word] = triggers.GetValueOrDefault(word) | bit;
            }
        }

        _triggers = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        _everywhere = [.. everywhere];
    }

    public static TemporalTagger Default { get; } = new();

    public TemporalLexicon Lexicon => _lexicon;

    public IReadOnlyList<TemporalRule> Rules => _rules.Rules;

    public IReadOnlyList<TemporalExpression> Tag(string text, DateOnly? documentDate)
    {
        var context = new TagContext(text, documentDate, _lexicon);
        var candidates = new List<TimexCandidate>();
        foreach (var r in _everywhere)
        {
            Scan(r, 0, text.Length, context, candidates);
        }

        ScanAroundTriggers(context, candidates);

        foreach (var refiner in _refiners)
        {
            refiner.Refine(candidates, context);
        }

        var result = new List<TemporalExpression>(candidates.Count);
        foreach (var c in candidates)
        {
            DateOnly? start = null;
            DateOnly? end = null;
            var granularity = c.Granularity;
            if (c.Type is TimexType.Date or TimexType.Time && TimexValues.TryGetRange(c.Value, out var s, out var e, out var g))
            {
                start = s;
                end = e;
                granularity ??= g;
            }

            result.Add(new TemporalExpression(c.Start, c.Length, text.Substring(c.Start, c.Length), c.Type, c.Value, granularity, start, end, c.Modifier, c.Rule, c.PartOfDay, c.IsYearGuessed));
        }

        return result;
    }

    /// <summary>
    /// Runs each triggered rule only on windows of ±<see cref="Reach"/> characters around its trigger tokens
    /// (overlapping windows merged), which keeps the tagger fast on long texts with few temporal words.
    /// </summary>
    private void ScanAroundTriggers(TagContext context, List<TimexCandidate> candidates)
    {
        var text = context.Text;
        var count = _rules.Rules.Count;
        Span<int> openStart = stackalloc int[count];
        Span<int> openEnd = stackalloc int[count];
        openEnd.Fill(-1);
        var position = 0;
        while (true)
        {
            var (start, length) = TemporalTokenizer.Next(text, ref position);
            if (length == 0)
            {
                break;
            }

            var mask = char.IsDigit(text[start]) ? _digitTriggers : (_triggers.TryGetValue(text.AsSpan(start, length), out var m) ? m : 0UL);
            while (mask != 0)
            {
                var r = System.Numerics.BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                var from = Math.Max(0, start - Reach);
                var to = Math.Min(text.Length, start + length + Reach);
                if (openEnd[r] >= 0 && from <= openEnd[r])
                {
                    openEnd[r] = to;
                    continue;
                }

                if (openEnd[r] >= 0)
                {
                    Scan(r, openStart[r], openEnd[r], context, candidates);
                }

                openStart[r] = from;
                openEnd[r] = to;
            }
        }

        for (var r = 0; r < count; r++)
        {
            if (openEnd[r] >= 0)
            {
                Scan(r, openStart[r], openEnd[r], context, candidates);
            }
        }
    }

    private void Scan(int r, int from, int to, TagContext context, List<TimexCandidate> candidates)
    {
        var text = context.Text;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        while (to < text.Length && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        var rule = _rules.Rules[r];
        if (rule.Requires is { } required && !text.AsSpan(from, to - from).ContainsAny(required))
        {
            return;
        }

        var parser = _parserByRule[r];
        for (var m = rule.Pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
        {
            if (m.Length > 0 && parser.Parse(m, rule, context) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }
    }

    private static IEnumerable<ITimexParser> DefaultParsers() =>
    [
        new IsoDateParser(), new NumericDateParser(), new CalendarDateParser(), new HolidayParser(), new MonthParser(),
        new WeekdayParser(), new DayWordParser(), new RelativeUnitParser(), new OffsetParser(), new YearAgoParser(),
        new TheUnitParser(), new DecadeParser(), new CenturyParser(), new YearParser(), new SpokenYearParser(),
        new QuarterParser(), new SeasonParser(), new TimeParser(), new AgeParser(), new DurationParser(), new SetParser(),
        new ReferenceParser(), new AnaphorParser(), new WeekOfParser(),
    ];
}
