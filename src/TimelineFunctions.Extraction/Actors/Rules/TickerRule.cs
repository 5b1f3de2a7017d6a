using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Actors.Rules;

/// <summary>
/// A name followed by a stock ticker with its exchange ("Quillon Freight QFRT.O", "Harbour Games HBG.PA", as wire
/// copy writes them) is a listed company: an organization, named without the ticker.
/// </summary>
public sealed partial class TickerRule : IActorRule
{
    public const string RuleName = "ticker";

    public IReadOnlyList<RawMention>? Apply(NameSpan span, ActorLexicon lexicon)
    {
        if (span.Count < 2 || !Ticker().IsMatch(span.Tokens[span.Last].Text))
        {
            return null;
        }

        var company = span.Slice(span.First, span.Last - 1);
        return [company.Mention(company.Surface, ActorType.Organization, RuleName)];
    }

    /// <summary>Capitals, a period and an exchange code of one to three capitals ("ATVI.O", "UBIP.PA", "7974.T" has no letters and is left).</summary>
    [GeneratedRegex(@"\A[A-Z]{1,6}\.[A-Z]{1,3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Ticker();
}
