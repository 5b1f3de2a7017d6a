using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Vague references from the lexicon: "now" (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF).</summary>
public sealed class ReferenceParser : ITimexParser
{
    public string Kind => "reference";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var value = ParserHelpers.LexiconValue(match, "ref", "reference", context);
        return value is null ? null : ParserHelpers.Candidate(match, rule, TimexType.Date, value, null);
    }
}
