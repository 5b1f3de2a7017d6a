using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Comparison;

/// <summary>
/// Finds counted figures ("more than 500 North Korean defectors", "$2 million", "12 dead") so that sources of one event
/// can be checked for disagreeing numbers.
/// </summary>
/// <remarks>
/// The counted noun is the first of the next three words found in Resources/Comparison/figure-aspects.tsv, or else the
/// word right after the number when it is a lower-case word. Years, days of the month and clock times are not figures.
/// </remarks>
public static partial class FigureFinder
{
    private static readonly FrozenDictionary<string, string> Aspects = ResourceText.Lines("Comparison", "figure-aspects.tsv")
        .Select(line => line.Split('\t'))
        .ToFrozenDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>
    {
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fifteen"] = 15,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["fifty"] = 50,
        ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>
    {
        ["hundred"] = 1e2,
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Figure> Find(string text)
    {
        var figures = new List<Figure>();
        foreach (Match match in Number().Matches(text))
        {
            if (IsDateOrTime(text, match) || !TryValue(match, out var value))
            {
                continue;
            }

            var aspect = match.Groups["currency"].Success ? "money"
                : match.Groups["percent"].Success ? "percent"
                : AspectAfter(match.Groups["after"].Value);
            if (aspect is null || (aspect != "money" && IsYear(match, value)))
            {
                continue;
            }

            var written = match.Groups["written"].Value.Trim();
            figures.Add(new Figure(aspect, value, written));
        }

        return figures;
    }

    private static bool TryValue(Match match, out double value)
    {
        var digits = match.Groups["digits"].Value;
        if (!double.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && !NumberWords.TryGetValue(digits, out value))
        {
            return false;
        }

        if (match.Groups["multiplier"].Success)
        {
            value *= Multipliers[match.Groups["multiplier"].Value];
        }

        return true;
    }

    /// <summary>
    /// What the number counts: the first of the next words that the aspect list knows; else people, when the words
    /// are a demonym; else the first plural word, which ends a compound ("three tank cars"); else the next word when
    /// it is a lower-case word.
    /// </summary>
    private static string? AspectAfter(string after)
    {
        var words = after.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (Aspects.TryGetValue(Singular(word.ToLowerInvariant()), out var aspect))
            {
                return aspect;
            }
        }

        if (IsDemonym(words))
        {
            return "people";
        }

        var lowerWords = words.TakeWhile(w => char.IsLower(w[0])).ToList();
        var plural = lowerWords.FirstOrDefault(w => Singular(w) != w);
        return plural is not null ? Singular(plural) : lowerWords.Count > 0 ? lowerWords[0] : null;
    }

    /// <summary>"500 North Koreans", "three Chinese": people named by where they come from.</summary>
    private static bool IsDemonym(string[] words)
    {
        var demonyms = ActorLexicon.Default.Demonyms;
        return (words.Length > 0 && demonyms.ContainsKey(words[0].TrimEnd(',', '.', ';')))
            || (words.Length > 1 && demonyms.ContainsKey($"{words[0]} {words[1].TrimEnd(',', '.', ';')}"));
    }

    /// <summary>A counted noun's singular: "fatalities" to "fatality", else <see cref="Plural.Fold"/>.</summary>
    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y" : Plural.Fold(word);

    private static bool IsYear(Match match, double value) =>
        !match.Groups["multiplier"].Success && match.Groups["digits"].Value.Length == 4 && value is >= 1800 and <= 2100;

    private static bool IsDateOrTime(string text, Match match)
    {
        var digits = match.Groups["digits"];
        var before = text.AsSpan(0, digits.Index).TrimEnd();
        if (before.EndsWith(":"))
        {
            return true;
        }

        var previousWord = before[(before.LastIndexOf(' ') + 1)..].TrimEnd('.');
        var following = text.AsSpan(digits.Index + digits.Length, Math.Min(16, text.Length - digits.Index - digits.Length));
        return MonthWord().IsMatch(previousWord) || ClockOrMonth().IsMatch(following);
    }

    [GeneratedRegex(
        @"(?<written>(?:(?:more than|over|at least|about|around|nearly|almost|up to|some|roughly|approximately|an estimated|fewer than|less than)\s+)?(?<currency>[$€£]\s?)?\b(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)(?:\s*(?<percent>%|percent\b|per cent\b))?(?:[\s-]+(?<multiplier>hundred|thousand|million|billion|trillion)\b)?)(?<after>(?:[\s-]+[\p{L}'’-]+){0,3})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"^(?::\d|[\s-]*(?:a\.?m\b|p\.?m\b|o'clock|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|gmt|utc|local time))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockOrMonth();
}
