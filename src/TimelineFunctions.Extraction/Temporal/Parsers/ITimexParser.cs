using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Normalises the matches of the rules of one kind (rules.txt, second column), or returns null to reject a match.</summary>
/// <remarks>
/// Every parser has the same scaffolding (a Kind, a Parse that reads named groups and calls
/// <see cref="ParserHelpers.Candidate"/>), which the duplicates tool lists as alike: only the shape is shared, each reads
/// its own groups, so it stays one small class per kind.
/// </remarks>
public interface ITimexParser
{
    string Kind { get; }

    TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context);
}
