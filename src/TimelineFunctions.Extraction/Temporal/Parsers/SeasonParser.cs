using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Seasons: "this summer" (2023-SU), "last fall", "the winter of 1994", "in the spring".</summary>
/// <remarks>
/// A bare season needs a preposition or determiner before it ("in the", "this"); "fall"/"spring" followed by "of" are
/// nouns. Winter YYYY-WI runs December YYYY to February YYYY+1.
/// </remarks>
public sealed class SeasonParser : ITimexParser
{
    public string Kind => "season";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var code = ParserHelpers.LexiconValue(match, "season", "season", context);
        if (code is null)
        {
            return null;
        }

        var year = ParserHelpers.Int(match, "year");
        var rel = match.Groups["rel"];
        if (year is null && !rel.Success)
        {
            var text = context.Text;
            var before = text[Math.Max(0, match.Index - 16)..match.Index];
            var ok = false;
            foreach (var phrase in context.Lexicon.Phrases("season-preposition"))
            {
                if (EndsWithWords(before, phrase))
                {
                    ok = true;
                    break;
                }
            }

            var next = context.NextWord(match.Index + match.Length);
            if (!ok || (code is "FA" or "SP" && next.Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
        }

        if (year is null && context.Dct is { } dct)
        {
            var word = rel.Success ? TemporalLexicon.Normalize(rel.Value) : string.Empty;
            year = word switch
            {
                "this" => dct.Month <= 2 && code == "WI" ? dct.Year - 1 : dct.Year,
                "last" or "past" or "this past" => Last(dct, code),
                "next" or "coming" or "this coming" => Next(dct, code),
                _ => context.TenseBefore(match.Index) == Tense.Future ? Next(dct, code) : Latest(dct, code),
            };
        }

        var value = (year is { } y ? TimexValues.Year(y) : "XXXX") + "-" + code;
        return ParserHelpers.Candidate(match, rule, TimexType.Date, value, Granularity.Season);
    }

    private static bool EndsWithWords(string before, string phrase)
    {
        var trimmed = TemporalLexicon.Normalize(before);
        return trimmed.EndsWith(phrase, StringComparison.Ordinal)
            && (trimmed.Length == phrase.Length || !char.IsLetter(trimmed[trimmed.Length - phrase.Length - 1]));
    }

    private static DateOnly Start(int year, string code) => TimexValues.SeasonStart(year, code)!.Value;

    /// <summary>The latest season of this kind that ended before the DCT.</summary>
    private static int Last(DateOnly dct, string code)
    {
        var y = dct.Year;
        while (Start(y, code).AddMonths(3) > dct)
        {
            y--;
        }

        return y;
    }

    /// <summary>The latest season of this kind that has started by the DCT.</summary>
    private static int Latest(DateOnly dct, string code)
    {
        var y = dct.Year;
        while (Start(y, code) > dct)
        {
            y--;
        }

        return y;
    }

    /// <summary>The first season of this kind that starts after the DCT.</summary>
    private static int Next(DateOnly dct, string code)
    {
        var y = dct.Year - 1;
        while (Start(y, code) <= dct)
        {
            y++;
        }

        return y;
    }
}
