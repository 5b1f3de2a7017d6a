using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Small shared pieces: reading lexicon values out of groups, numbers, duration values.</summary>
public static class ParserHelpers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A candidate spanning the match, or its group named "span" when the pattern has one (context kept out of the span).</summary>
    public static TimexCandidate Candidate(Match m, TemporalRule rule, TimexType type, string value, Granularity? granularity)
    {
        var span = m.Groups["span"];
        var (start, length) = span.Success ? (span.Index, span.Length) : (m.Index, m.Length);
        return new TimexCandidate(start, start + length, type, value, granularity, rule.Name, rule.Priority);
    }

    /// <summary>The integer value of a lexicon entry named by a group ("Oct." → 10), or null when the group did not match.</summary>
    public static int? LexiconNumber(Match m, string group, string section, TagContext context)
    {
        var g = m.Groups[group];
        return g.Success && context.Lexicon.TryGet(section, g.Value, out var v) && int.TryParse(v, NumberStyles.Integer, Inv, out var n) ? n : null;
    }

    public static string? LexiconValue(Match m, string group, string section, TagContext context)
    {
        var g = m.Groups[group];
        return g.Success ? context.Lexicon.Get(section, g.Value) : null;
    }

    public static int? Int(Match m, string group)
    {
        var g = m.Groups[group];
        return g.Success && int.TryParse(g.ValueSpan, NumberStyles.Integer, Inv, out var n) ? n : null;
    }

    /// <summary>
    /// A number written in digits or words ("25", "twenty-four", "a", "several"). Returns false when it is not a
    /// number; <paramref name="value"/> is null for vague quantities (TimeML X).
    /// </summary>
    public static bool TryNumber(string text, TagContext context, out double? value) => TryNumber(text, context.Lexicon, out value);

    /// <inheritdoc cref="TryNumber(string, TagContext, out double?)"/>
    public static bool TryNumber(string text, TemporalLexicon lex, out double? value)
    {
        value = null;
        var t = TemporalLexicon.Normalize(text);
        if (t.EndsWith(" 1/2", StringComparison.Ordinal) && double.TryParse(t[..^4], NumberStyles.Float, Inv, out var whole))
        {
            value = whole + 0.5;
            return true;
        }

        if (double.TryParse(t, NumberStyles.Float, Inv, out var d))
        {
            value = d;
            return true;
        }

        if (lex.TryGet("number-vague", t, out var vague))
        {
            value = vague == "X" ? null : double.Parse(vague, Inv);
            return true;
        }

        foreach (var section in (ReadOnlySpan<string>)["number-unit", "number-teen", "number-tens", "number-article"])
        {
            if (lex.TryGet(section, t, out var v))
            {
                value = double.Parse(v, Inv);
                return true;
            }
        }

        var split = t.IndexOfAny([' ', '-']);
        if (split > 0 && lex.TryGet("number-tens", t[..split], out var tens) && lex.TryGet("number-unit", t[(split + 1)..], out var units))
        {
            value = double.Parse(tens, Inv) + double.Parse(units, Inv);
            return true;
        }

        return false;
    }

    /// <summary>A TimeML duration value for a number (null: vague) of a lexicon unit code (TS, TM, TH, D, W, 2W, M, Q, Y, 10Y, 100Y, WE).</summary>
    public static string Duration(double? number, string unitCode)
    {
        var (multiplier, letter, clock) = unitCode switch
        {
            "TS" => (1, "S", true),
            "TM" => (1, "M", true),
            "TH" => (1, "H", true),
            "2W" => (2, "W", false),
            "10Y" => (10, "Y", false),
            "100Y" => (100, "Y", false),
            _ => (1, unitCode, false),
        };
        if (number is null)
        {
            letter = unitCode switch
            {
                "10Y" => "DE",
                "100Y" => "CE",
                _ => letter,
            };
        }

        if (number is { } x && x != Math.Floor(x) && Fraction(x * multiplier, letter, clock) is { } split)
        {
            return split;
        }

        var amount = number is { } n ? (n * multiplier).ToString("0.##", Inv) : "X";
        return clock ? $"PT{amount}{letter}" : $"P{amount}{letter}";
    }

    /// <summary>"2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M: a fraction moves into the next smaller unit.</summary>
    private static string? Fraction(double amount, string letter, bool clock)
    {
        var whole = (int)Math.Floor(amount);
        var rest = amount - whole;
        var (smaller, factor) = (letter, clock) switch
        {
            ("Y", false) => ("M", 12),
            ("D", false) => ("H", 24),
            ("W", false) => ("D", 7),
            ("H", true) => ("M", 60),
            ("M", true) => ("S", 60),
            _ => (string.Empty, 0),
        };
        var part = rest * factor;
        if (factor == 0 || part != Math.Floor(part))
        {
            return null;
        }

        var p = (int)part;
        return (letter, clock) switch
        {
            ("D", false) => string.Create(Inv, $"P{whole}DT{p}H"),
            (_, true) => string.Create(Inv, $"PT{whole}{letter}{p}{smaller}"),
            _ => string.Create(Inv, $"P{whole}{letter}{p}{smaller}"),
        };
    }

    /// <summary>The lexicon unit code of a unit word ("weeks" → W).</summary>
    public static string? UnitCode(Match m, TagContext context) => LexiconValue(m, "unit", "unit", context);
}
