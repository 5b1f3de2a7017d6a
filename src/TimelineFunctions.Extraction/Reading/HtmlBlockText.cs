using System.Text;
using AngleSharp.Dom;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>Turns an element into plain-text paragraphs, one a block element.</summary>
internal static class HtmlBlockText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "header", "footer", "address", "hr", "figure", "center", "tbody",
    };

    /// <summary>Block-structured text of an element, walked without recursion (deeply nested pages cannot overflow the stack).</summary>
    internal static List<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                var block = BlockElements.Contains(name);
                if (exit)
                {
                    if (block)
                    {
                        Flush(current, paragraphs);
                    }

                    continue;
                }

                if (name == "br")
                {
                    current.Append('\n');
                    continue;
                }

                if (block)
                {
                    Flush(current, paragraphs);
                    if (name == "li")
                    {
                        current.Append("- ");
                    }
                }

                stack.Push((node, true));
                // By index: AngleSharp's PreviousSibling searches the parent's children, quadratic in a wide element.
                var children = node.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }
            }
            else if (node is IText text)
            {
                current.Append(text.Data);
            }
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }

        var lines = current.ToString().Split('\n').Select(HtmlText.Normalize).Where(l => l is { Length: > 0 } && l != "-").ToList();
        current.Clear();
        if (lines.Count > 0)
        {
            paragraphs.Add(string.Join('\n', lines));
        }
    }
}
