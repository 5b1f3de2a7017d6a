using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>White-space normalisation and DOM containment shared by the HTML readers.</summary>
internal static partial class HtmlText
{
    internal static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>Whether <paramref name="ancestor"/> is the element or one of its ancestors (a parent walk: DOM Contains can scan the whole subtree).</summary>
    internal static bool IsInside(INode element, INode ancestor)
    {
        for (INode? current = element; current is not null; current = current.Parent)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Whitespace();
}
