using System.Text;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>Flattens pathologically deep markup before parsing.</summary>
/// <remarks>
/// HTML tree construction is quadratic in nesting depth (20,000 nested &lt;div&gt; take seconds; a 5 MiB page of them
/// would take hours), so tags that would open deeper than <see cref="MaxDepth"/> — and their end tags — are replaced by
/// a space; their text is kept. Elements that close implicitly (p, li, td, …) and void elements do not count as
/// nesting.
/// </remarks>
public static partial class HtmlDepthGuard
{
    public const int MaxDepth = 256;

    /// <summary>
    /// Tags kept per page: past it every tag is blanked (its text kept), so the DOM, whose nodes cost a few hundred
    /// bytes each, stays bounded however densely a 5 MiB page is tagged. A saved news page has a few thousand.
    /// </summary>
    public const int MaxTags = 50_000;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
    };

    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    /// <summary>The markup unchanged when it is shallow enough, else with the too-deep tags blanked out.</summary>
    public static string Limit(string html) => Limit(html, out _);

    /// <summary>As <see cref="Limit(string)"/>; <paramref name="pastTagLimit"/> counts the tags blanked past <see cref="MaxTags"/>.</summary>
    public static string Limit(string html, out int pastTagLimit)
    {
        var stack = new List<string>();
        var overflow = 0;
        StringBuilder? output = null;
        var copied = 0;
        var tags = 0;
        pastTagLimit = 0;
        // Match by match: a MatchCollection keeps every match it has enumerated (hundreds of MB for a page of tags).
        for (var tag = Tag().Match(html); tag.Success; tag = tag.NextMatch())
        {
            if (++tags > MaxTags)
            {
                pastTagLimit++;
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, tag.Index - copied).Append(' ');
                copied = tag.Index + tag.Length;
                continue;
            }

            var name = tag.Groups["name"].Value;
            var closing = tag.Groups["close"].Success;
            if (Void.Contains(name) || tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                continue;
            }

            var drop = false;
            if (!closing)
            {
                if (stack.Count > 0 && SelfClosingSiblings.Contains(name) && stack[^1].Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                if (stack.Count >= MaxDepth)
                {
                    overflow++;
                    drop = true;
                }
                else
                {
                    stack.Add(name);
                }
            }
            else if (overflow > 0)
            {
                overflow--;
                drop = true;
            }
            else
            {
                var open = stack.FindLastIndex(s => s.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (open >= 0)
                {
                    stack.RemoveRange(open, stack.Count - open);
                }
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, tag.Index - copied).Append(' ');
                copied = tag.Index + tag.Length;
            }
        }

        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>!doctype|[a-zA-Z][a-zA-Z0-9:-]{0,30})\b[^<>]{0,2000}>")]
    private static partial Regex Tag();
}
