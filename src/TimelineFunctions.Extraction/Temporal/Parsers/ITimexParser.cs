using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>Normalises the matches of the rules of one kind (rules.txt, second column). Returns null to reject a match.</summary>
public interface ITimexParser
{
    string Kind { get; }

    TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context);
}
