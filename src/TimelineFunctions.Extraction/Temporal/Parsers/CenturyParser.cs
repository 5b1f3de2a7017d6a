using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>"the 20th century" / "the twentieth century" → 19.</summary>
public sealed class CenturyParser : ITimexParser
{
    public string Kind => "century";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var n = ParserHelpers.Int(match, "n") ?? ParserHelpers.LexiconNumber(match, "ordword", "ordinal", context);
        if (n is null or < 1 or > 30)
        {
            return null;
        }

        return ParserHelpers.Candidate(match, rule, TimexType.Date, (n.Value - 1).ToString("D2", CultureInfo.InvariantCulture), Granularity.Century);
    }
}
