using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// A trailing list of other stories after the story ends: short headline lines, each optionally followed by a one- or
/// two-sentence teaser.
/// </summary>
/// <remarks>
/// Found structurally, scanning back from the end for (headline, teaser?) units. To avoid cutting real story text the
/// run must also be (a) at least 3 units right after an end-of-story boundary (an agency sign-off, a publication stamp,
/// a caption or duplicate that was removed) with at least half of the units lexically unrelated to the headline and
/// opening lines, or (b) at least 4 units of which three quarters are unrelated. Every line of the run is removed and
/// recorded; lines inside the run that an earlier rule removed (a stamp of another story) are re-recorded under this
/// rule so no date is taken from them.
/// </remarks>
public sealed partial class TrailingTeasersRule : ICleaningRule
{
    public const string RuleName = "trailing-teasers";

    private const double UnrelatedOverlap = 0.3;

    private static readonly HashSet<string> BoundaryRules = new(StringComparer.Ordinal)
    {
        "sign-off", "publication-stamp", "caption", "duplicate", "must-read", "separator",
    };

    private static readonly HashSet<string> StoryEndRules = new(StringComparer.Ordinal) { "sign-off", "publication-stamp" };

    public string Name => RuleName;

    public void Apply(CleaningDocument document)
    {
        var kept = document.Kept();
        if (kept.Count < 5)
        {
            return;
        }

        var units = new List<(int First, int Last)>();
        var position = kept.Count - 1;
        while (position >= 0)
        {
            var text = document.Lines[kept[position]].Text.Trim();
            var isLast = position == kept.Count - 1;
            var previousIsHeadline = position >= 1 && IsOtherHeadline(document.Lines[kept[position - 1]].Text);
            if (previousIsHeadline && (LineShape.IsTeaserLike(text) || (isLast && !LineShape.IsHeadlineLike(text) && LineShape.WordCount(text) <= 50)))
            {
                units.Add((position - 1, position));
                position -= 2;
            }
            else if (IsOtherHeadline(text))
            {
                units.Add((position, position));
                position--;
            }
            else
            {
                break;
            }
        }

        var runStart = position + 1;
        if (units.Count < 3)
        {
            return;
        }

        var boundary = runStart > 0 && HasBoundary(document, kept[runStart - 1], kept[runStart], BoundaryRules);

        // The story's own last lines can look like headline/teaser pairs too: when an end-of-story line (sign-off,
        // stamp) was removed inside the run, the list starts after the first such line.
        var split = Enumerable.Range(runStart + 1, Math.Max(0, kept.Count - runStart - 1))
            .FirstOrDefault(p => HasBoundary(document, kept[p - 1], kept[p], StoryEndRules), -1);
        if (!boundary && split > 0 && units.Count(u => u.First >= split) >= 3)
        {
            units.RemoveAll(u => u.First < split);
            runStart = split;
            boundary = true;
        }

        if (units.Count < 3 || runStart < 2)
        {
            return;
        }

        var lead = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { document.Title, document.Headline }.Concat(kept.Take(Math.Min(3, runStart)).Select(i => document.Lines[i].Text)))
        {
            if (text is not null)
            {
                lead.UnionWith(LineShape.ContentWords(text));
            }
        }

        var unrelated = units.Count(u => Overlap(document, kept, u, lead) < UnrelatedOverlap);
        var accept = (boundary && unrelated * 2 >= units.Count) || (units.Count >= 4 && unrelated * 4 >= units.Count * 3);
        if (!accept)
        {
            return;
        }

        const string reason = "headline or teaser of another story in a trailing list after the story";
        for (var index = kept[runStart]; index < document.Lines.Count; index++)
        {
            if (document.Lines[index].IsKept)
            {
                document.Remove(index, Name, reason);
            }
            else
            {
                // Furniture inside the list (a stamp, a caption) belongs to the other stories: its date must not date this one.
                document.Reclassify(index, Name, reason);
            }
        }
    }

    /// <summary>Headline-like, and not a bare date or time (the headings of a timeline or live blog are story text).</summary>
    private static bool IsOtherHeadline(string line) =>
        LineShape.IsHeadlineLike(line) && Publication.StampParser.ParseStandalone(line.Trim()) is null && !BareTime().IsMatch(line);

    [GeneratedRegex(@"^\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareTime();

    private static double Overlap(CleaningDocument document, List<int> kept, (int First, int Last) unit, HashSet<string> lead)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var p = unit.First; p <= unit.Last; p++)
        {
            words.UnionWith(LineShape.ContentWords(document.Lines[kept[p]].Text));
        }

        return words.Count == 0 ? 0 : words.Count(lead.Contains) / (double)words.Count;
    }

    private static bool HasBoundary(CleaningDocument document, int before, int start, HashSet<string> rules)
    {
        for (var i = before + 1; i < start; i++)
        {
            if (document.Lines[i].RemovedBy is { } rule && rules.Contains(rule))
            {
                return true;
            }
        }

        return false;
    }
}
