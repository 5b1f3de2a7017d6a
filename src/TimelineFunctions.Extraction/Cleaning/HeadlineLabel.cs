using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// A wire desk's label before a headline ("UPDATE 2-", "REFILE-", "EXCLUSIVE:"; Resources/Cleaning/headline-labels.txt):
/// the version or kind of the story, which the story's title leaves out.
/// </summary>
public static class HeadlineLabel
{
    private static readonly Regex Label = new(
        $@"\A\s*(?:{string.Join('|', ResourceText.Lines("Cleaning", "headline-labels.txt"))})\s*[-–—:]\s*(?=\S)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The headline without a leading desk label; the headline itself when it has none.</summary>
    public static string Without(string headline) => Label.Replace(headline, string.Empty, 1);
}
