using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>
/// Expressions relative to the last date mentioned, not to the DCT: "that day", "the same week", "the next day", "the
/// following year", "the previous month".
/// </summary>
/// <remarks>
/// The value is left unresolved here (XXXX-XX-XX, XXXX-WXX, ...); the anaphora refiner anchors it on the preceding
/// expression.
/// </remarks>
public sealed class AnaphorParser : ITimexParser
{
    public string Kind => "anaphor";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var unit = TemporalLexicon.Normalize(match.Groups["unit"].Value);
        var dir = match.Groups["dir"].Success ? TemporalLexicon.Normalize(match.Groups["dir"].Value) : string.Empty;
        var offset = dir switch
        {
            "next" or "following" => 1,
            "previous" or "preceding" or "prior" => -1,
            _ => 0,
        };
        string? pod = null;
        if (unit == "morning")
        {
            (unit, pod) = ("day", "MO");
        }

        var (value, granularity) = RelativeUnitParser.Resolve(null, unit, 0);
        var candidate = ParserHelpers.Candidate(match, rule, TimexType.Date, value, granularity);
        candidate.AnaphoricUnit = unit;
        candidate.AnaphoricOffset = offset;
        candidate.PartOfDay = pod;
        return candidate;
    }
}
