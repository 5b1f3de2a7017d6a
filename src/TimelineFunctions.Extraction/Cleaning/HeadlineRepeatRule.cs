namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>
/// A truncated copy of the headline near the top ("Chinese foreign ministry denies … in response to...") when
/// a following line gives it in full: the truncated copy is removed and the full line becomes the headline.
/// </summary>
public sealed class HeadlineRepeatRule : ICleaningRule
{
    public string Name => "headline-repeat";

    public void Apply(CleaningDocument document)
    {
        var top = document.Kept().Take(6).ToList();
        foreach (var index in top.Take(4))
        {
            var text = document.Lines[index].Text.Trim();
            var stem = text.EndsWith("...", StringComparison.Ordinal) ? text[..^3] : text.EndsWith('…') ? text[..^1] : null;
            if (stem is null || stem.Trim().Length < 15 || text.Length > 300)
            {
                continue;
            }

            stem = stem.Trim();
            var full = top.FirstOrDefault(j => j != index && document.Lines[j].IsKept
                && document.Lines[j].Text.Trim().Length > stem.Length
                && document.Lines[j].Text.Trim().StartsWith(stem, StringComparison.OrdinalIgnoreCase), -1);
            if (full >= 0)
            {
                document.Remove(index, Name, "truncated repeat of the headline");
                document.Headline = document.Lines[full].Text.Trim();
            }
        }
    }
}
