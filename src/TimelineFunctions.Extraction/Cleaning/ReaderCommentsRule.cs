using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// Removes a readers' comment thread under the article: from the first comment header ("At 18:20 29th Apr 2009,
/// vampfan wrote: …", Resources/Cleaning/reader-comments.txt) to the end of the page, when the page has at least
/// <see cref="MinComments"/> of them. A header may follow the story's last sentence on the same line; the text before it
/// stays. One "X wrote:" alone may be the story quoting a letter, and is left.
/// </summary>
public sealed class ReaderCommentsRule : ICleaningRule
{
    public const string RuleName = "reader-comments";

    /// <summary>The fewest comment headers that make a thread.</summary>
    public const int MinComments = 2;

    private static readonly ResourceSection Section = ResourceText.Sections("Cleaning", "reader-comments.txt").Single();

    private static readonly Regex Header = new(
        string.Join('|', Section.Entries.Select(e => $"(?:{e})")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(2));

    /// <summary>What every header of reader-comments.txt ends with: a line without it is not searched.</summary>
    private const string Wrote = "wrote:";

    public string Name => RuleName;

    public void Apply(CleaningDocument document)
    {
        var headers = document.Kept()
            .Where(i => document.Lines[i].Text.Contains(Wrote, StringComparison.OrdinalIgnoreCase))
            .Select(i => (Line: i, Match: RegexSafe.Match(Header, document.Lines[i].Text))).Where(h => h.Match is not null).ToList();
        if (headers.Count < MinComments)
        {
            return;
        }

        var (first, match) = headers[0];
        var text = document.Lines[first].Text;
        document.Cut(first, match!.Index, text.Length - match.Index, RuleName, Section.Reason);
        foreach (var i in document.Kept().Where(i => i > first))
        {
            document.Remove(i, RuleName, Section.Reason);
        }
    }
}
