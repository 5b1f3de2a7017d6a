using System.Globalization;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Temporal.Parsers;

/// <summary>"the 1990s" → 199, "the '80s" / "the eighties" → the most recent such decade before the DCT.</summary>
public sealed class DecadeParser : ITimexParser
{
    public string Kind => "decade";

    public TimexCandidate? Parse(Match match, TemporalRule rule, TagContext context)
    {
        var digit = ParserHelpers.Int(match, "dec") ?? ParserHelpers.LexiconNumber(match, "decword", "decade-word", context);
        if (digit is null)
        {
            return null;
        }

        int century;
        if (ParserHelpers.Int(match, "cent") is { } c)
        {
            century = c;
        }
        else
        {
            var now = context.Dct?.Year ?? 1999;
            century = now / 100;
            if ((century * 100) + (digit.Value * 10) > now)
            {
                century--;
            }
        }

        var value = string.Create(CultureInfo.InvariantCulture, $"{century:D2}{digit}");
        return ParserHelpers.Candidate(match, rule, TimexType.Date, value, Granularity.Decade);
    }
}
