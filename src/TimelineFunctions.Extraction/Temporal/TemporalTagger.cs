using TimelineFunctions.Extraction.Temporal.Parsers;
using TimelineFunctions.Extraction.Temporal.Refiners;

namespace TimelineFunctions.Extraction.Temporal;

/// <summary>
/// Finds and normalises temporal expressions (TimeML TIMEX3) in the spirit of HeidelTime: pattern rules and word
/// lists are data (Resources/Temporal/rules.txt and lexicon.txt); each rule names a small parser that normalises
/// its matches against the document creation time; refiners then attach modifiers, merge times with dates, keep
/// the longest of overlapping matches and re-anchor "a year earlier" on a quarter.
/// </summary>
public sealed class TemporalTagger
{
    private readonly TemporalLexicon _lexicon;
    private readonly TemporalRuleSet _rules;
    private readonly ITimexParser[] _parserByRule;
    private readonly ITimexRefiner[] _refiners;

    public TemporalTagger()
        : this(TemporalLexicon.LoadEmbedded(), null)
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
        _refiners = [new ModifierRefiner(), new OverlapRefiner(), new TimeDateMergeRefiner(), new YearAgoQuarterRefiner()];
    }

    public static TemporalTagger Default { get; } = new();

    public TemporalLexicon Lexicon => _lexicon;

    public IReadOnlyList<TemporalRule> Rules => _rules.Rules;

    public IReadOnlyList<TemporalExpression> Tag(string text, DateOnly? documentDate)
    {
        var context = new TagContext(text, documentDate, _lexicon);
        var candidates = new List<TimexCandidate>();
        var rules = _rules.Rules;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            var parser = _parserByRule[r];
            for (var m = rule.Pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (m.Length > 0 && parser.Parse(m, rule, context) is { } candidate)
                {
                    candidates.Add(candidate);
                }
            }
        }

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

            result.Add(new TemporalExpression(c.Start, c.Length, text.Substring(c.Start, c.Length), c.Type, c.Value, granularity, start, end, c.Modifier, c.Rule, c.PartOfDay));
        }

        return result;
    }

    private static IEnumerable<ITimexParser> DefaultParsers() =>
    [
        new IsoDateParser(), new NumericDateParser(), new CalendarDateParser(), new HolidayParser(), new MonthParser(),
        new WeekdayParser(), new DayWordParser(), new RelativeUnitParser(), new OffsetParser(), new YearAgoParser(),
        new TheUnitParser(), new DecadeParser(), new CenturyParser(), new YearParser(), new SpokenYearParser(),
        new QuarterParser(), new SeasonParser(), new TimeParser(), new AgeParser(), new DurationParser(), new SetParser(),
        new ReferenceParser(),
    ];
}
