using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Ages: "the 31-year-old", "a six-month-old".</summary>
/// <remarks>
/// TimeML would annotate them as DURATION; they are produced with rule "age" (<see cref="TemporalExpression.IsAge"/>)
/// so the product and the TimeML scorer (the TBAQ corpora leave ages unannotated) can drop them, and so that the plain
/// duration rule cannot claim "31-year".
/// </remarks>
public sealed class AgeParser : ITimexParser
{
    public string Kind => "age";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var unit = ParserHelpers.UnitCode(match, context);
        if (unit is null || !ParserHelpers.TryNumber(match.Groups["num"].Value, context, out var n))
        {
            return null;
        }

        return ParserHelpers.Candidate(match, rule, TimexType.Duration, ParserHelpers.Duration(n, unit), null);
    }
}
