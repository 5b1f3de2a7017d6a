using System.Buffers;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal;

/// <summary>
/// The rules of the tagger (Resources/Temporal/rules.txt) with their {PLACEHOLDERS} expanded from the lexicon,
/// compiled once.
/// </summary>
public sealed class TemporalRuleSet
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private TemporalRuleSet(IReadOnlyList<TemporalRule> rules) => Rules = rules;

    public IReadOnlyList<TemporalRule> Rules { get; }

    /// <summary>
    /// Characters every match of a rule of the embedded rules.txt holds, by rule name: a day or year in ASCII digits ({DAY},
    /// {YEAR}), the slash of a numeric date, the colon of a 24-hour clock. A window without any cannot match, so its
    /// search is skipped; most month names' windows hold no digit, and most texts no slash.
    /// </summary>
    internal static readonly Dictionary<string, string> RequiredCharacters = new(StringComparer.Ordinal)
    {
        ["numeric-date"] = "/",
        ["month-day"] = AsciiDigits,
        ["day-month"] = AsciiDigits,
        ["month-year"] = AsciiDigits,
        ["week-of"] = AsciiDigits,
        ["clock-24h"] = ":",
    };

    private const string AsciiDigits = "0123456789";

    public static TemporalRuleSet Parse(string text, TemporalLexicon lexicon) => Parse(text, lexicon, new Dictionary<string, string>());

    private static TemporalRuleSet Parse(string text, TemporalLexicon lexicon, Dictionary<string, string> requiredCharacters)
    {
        var placeholders = Placeholders(lexicon);
        var rules = new List<TemporalRule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split((char[]?)null, 4, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4)
            {
                throw new FormatException($"Rule line needs 'name kind triggers pattern': '{line}'.");
            }

            var (words, digits) = Triggers(parts[2], lexicon);
            var pattern = Regex.Replace(parts[3], @"\{([A-Z_]+)\}", m =>
                placeholders.TryGetValue(m.Groups[1].Value, out var expansion)
                    ? expansion
                    : throw new FormatException($"Unknown placeholder {m.Value} in rule {parts[0]}."));
            rules.Add(new TemporalRule(parts[0], parts[1], rules.Count, new Regex(pattern, Options, TimeSpan.FromSeconds(2)), words, digits)
            {
                Requires = requiredCharacters.TryGetValue(parts[0], out var required) ? SearchValues.Create(required) : null,
            });
        }

        return new TemporalRuleSet(rules);
    }

    internal static TemporalRuleSet LoadEmbedded(TemporalLexicon lexicon) => Parse(ResourceText.Text("Temporal", "rules.txt"), lexicon, RequiredCharacters);

    /// <summary>
    /// Trigger words of a rule: literal words, every word-token of a lexicon section's phrases (@section; the
    /// longest token of each phrase), or #digit. "*" means none.
    /// </summary>
    private static (IReadOnlyList<string> Words, bool Digits) Triggers(string spec, TemporalLexicon lexicon)
    {
        if (spec == "*")
        {
            return ([], false);
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        var digits = false;
        foreach (var item in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (item == "#digit")
            {
                digits = true;
            }
            else if (item.StartsWith('@'))
            {
                foreach (var phrase in lexicon.Phrases(item[1..]))
                {
                    var tokens = TemporalTokenizer.Words(phrase);
                    if (tokens.Count > 0)
                    {
                        words.Add(tokens.MaxBy(t => t.Length)!);
                    }
                }
            }
            else
            {
                words.Add(TemporalLexicon.Normalize(item));
            }
        }

        return ([.. words.Order(StringComparer.Ordinal)], digits);
    }

    private static Dictionary<string, string> Placeholders(TemporalLexicon lexicon)
    {
        var units = lexicon.Alternation("number-unit");
        var teens = lexicon.Alternation("number-teen");
        var tens = lexicon.Alternation("number-tens");
        var words = $"(?:{tens})(?:[\\s-](?:{units}))?|{teens}|{units}";
        var number = $@"\d+(?:\s+1/2|\.\d+)?|{words}";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MONTH"] = $@"(?<month>{lexicon.Alternation("month")})(?!\w)",
            ["WEEKDAY"] = $@"(?<weekday>{lexicon.Alternation("weekday")})(?!\w)",
            ["WEEKDAY_ANY"] = $@"(?<weekday>{lexicon.Alternation("weekday")}|{lexicon.Alternation("weekday-short")})(?!\w)",
            ["POD"] = $@"(?<pod>{lexicon.Alternation("part-of-day")})(?!\w)",
            ["SEASON"] = $@"(?<season>{lexicon.Alternation("season")})(?!\w)",
            ["DAY"] = @"(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|\s*(?:percent|per\s+cent)\b)",
            ["DAYWORD"] = $@"(?<dayword>{lexicon.Alternation("ordinal")})(?!\w)",
            ["ORDWORD"] = $@"(?<ordword>{lexicon.Alternation("ordinal")})(?!\w)",
            ["YEAR"] = @"(?<year>(?:1[0-9]|20)\d\d)(?!\d)",
            ["NUM"] = $@"(?:{number})",
            ["NUMX"] = $@"(?:{number}|{lexicon.Alternation("number-vague")}|{lexicon.Alternation("number-article")})",
            ["UNIT"] = $@"(?:{lexicon.Alternation("unit")})(?!\w)",
            ["DECADEWORD"] = $@"(?<decword>{lexicon.Alternation("decade-word")})",
            ["HOLIDAY"] = $@"(?<holiday>{lexicon.Alternation("holiday")})(?!\w)",
            ["TZ"] = $@"(?<tz>{lexicon.Alternation("timezone")})\b",
            ["SETADV"] = $@"(?<adv>{lexicon.Alternation("set-adverb")})",
            ["REF"] = $@"(?<ref>{lexicon.Alternation("reference")})",
        };
    }
}
