using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>The attribution line under an embedded social-media post ("— Name (@handle) June 10, 2024").</summary>
/// <remarks>
/// Removed; its date stays available to the resolver as a low-confidence embedded-post candidate.
/// </remarks>
public sealed partial class EmbeddedPostRule : ICleaningRule
{
    public const string RuleName = "embedded-post";

    public string Name => RuleName;

    public void Apply(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var text = document.Lines[i].Text.Trim();
            if (document.Lines[i].IsKept && text.Length <= 200 && Attribution().IsMatch(text))
            {
                document.Remove(i, Name, "attribution line of an embedded social-media post (its date is the post's, not the article's)");
            }
        }
    }

    [GeneratedRegex(@"^[—–-]{1,2}\s*[^()\n]{1,80}?\s*\(@\w{1,30}\)\s*(?:on\s+)?(?:\S.{0,60})?$")]
    private static partial Regex Attribution();
}
