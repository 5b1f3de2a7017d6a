using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>Lines made only of separator characters ("=====", "* * *").</summary>
public sealed partial class SeparatorRule : ICleaningRule
{
    public string Name => "separator";

    public void Apply(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var text = document.Lines[i].Text.Trim();
            if (document.Lines[i].IsKept && text.Length is >= 3 and <= 400 && Separator().IsMatch(text))
            {
                document.Remove(i, Name, "separator line");
            }
        }
    }

    [GeneratedRegex(@"^[\s=\-_*~#•·+|/\\.–—]+$")]
    private static partial Regex Separator();
}
