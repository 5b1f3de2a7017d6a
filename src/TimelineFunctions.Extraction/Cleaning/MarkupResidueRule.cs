using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>Markup left in a text article: script/style elements, lines made only of tags, and common inline tags (their text is kept).</summary>
public sealed partial class MarkupResidueRule : ICleaningRule
{
    public string Name => "markup";

    public void Apply(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (!line.IsKept || line.Text.Length > CleaningDocument.MaxFurnitureLineLength || !line.Text.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }

            if (TagsOnly().IsMatch(line.Text))
            {
                document.Remove(i, Name, "HTML markup without text");
                continue;
            }

            while (line.IsKept && ScriptElement().Match(line.Text) is { Success: true } script)
            {
                document.Cut(i, script.Index, script.Length, Name, "script or style element in a text article");
            }

            if (line.IsKept && InlineTag().IsMatch(line.Text))
            {
                var stripped = InlineTag().Replace(line.Text, "");
                document.Record(new RemovedFurniture(string.Concat(InlineTag().Matches(line.Text).Select(m => m.Value)), Name, "HTML tags in a text article (their text is kept)"));
                line.Text = stripped;
                if (stripped.Trim().Length == 0)
                {
                    document.Remove(i, Name, "HTML markup without text");
                }
            }
        }
    }

    [GeneratedRegex(@"</?(?:p|b|i|u|em|strong|a|span|div|br|font|small|sup|sub|h[1-6]|li|ul|ol|blockquote|section|article)(?:\s[^<>]{0,300})?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"^\s*(?:<[^<>]{0,500}>\s*)+$")]
    private static partial Regex TagsOnly();

    [GeneratedRegex(@"<(script|style)\b[^>]{0,500}>.{0,1500}?</\1\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();
}
