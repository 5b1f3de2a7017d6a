using System.Text.RegularExpressions;
using AngleSharp.Dom;
using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Removes page furniture from a saved page's body: navigation, asides, footers, forms, captions and class/id-marked
/// furniture (data: Resources/Cleaning/html-furniture.txt), recording what it removed.
/// </summary>
internal static partial class HtmlFurnitureRemover
{
    private const int MaxRecordedText = 300;

    private static readonly IReadOnlyList<(string Rule, string Reason, string[][] Tokens)> FurnitureTokens =
        [.. ResourceText.Sections("Cleaning", "html-furniture.txt")
            .Select(s => (s.Name, s.Reason, s.Entries.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray()))];

    internal static void Remove(IElement body, List<RemovedFurniture> dropped)
    {
        foreach (var element in body.QuerySelectorAll("script, style, noscript, template, iframe, svg, canvas, object, embed, link, meta, [hidden], [aria-hidden='true']").ToList())
        {
            element.Remove();
        }

        var protectedElements = ProtectedElements(body);
        Drop(body, "figcaption, figure", "html-caption", "figure or caption (kept out of the story body)", protectedElements, dropped);
        Drop(body, "nav, [role='navigation']", "html-navigation", "navigation menu or breadcrumbs", protectedElements, dropped);
        Drop(body, "aside, [role='complementary']", "html-aside", "aside (related stories, sidebars, promos)", protectedElements, dropped);
        Drop(body, "footer, [role='contentinfo']", "html-footer", "page or article footer", protectedElements, dropped);
        Drop(body, "form, button, select, textarea, input, dialog", "html-form", "form or buttons", protectedElements, dropped);
        foreach (var header in body.QuerySelectorAll("header, [role='banner']").ToList())
        {
            // An article's own header carries its headline, byline and date: keep that one.
            if (header.QuerySelector("h1") is null && header.Closest("article, main") is null)
            {
                Record(header, "html-header", "page header (site banner)", dropped);
            }
        }

        foreach (var element in body.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.Parent is null || protectedElements.Contains(element) || !IsAttached(element, body))
            {
                continue;
            }

            if (MatchFurniture(element) is { } rule)
            {
                Record(element, rule.Rule, rule.Reason, dropped);
            }
        }
    }

    private static void Drop(IElement body, string selector, string rule, string reason, HashSet<IElement> protectedElements, List<RemovedFurniture> dropped)
    {
        foreach (var element in body.QuerySelectorAll(selector).ToList())
        {
            if (!protectedElements.Contains(element) && IsAttached(element, body))
            {
                Record(element, rule, reason, dropped);
            }
        }
    }

    private static bool IsAttached(IElement element, IElement body) => HtmlText.IsInside(element, body);

    private static void Record(IElement element, string rule, string reason, List<RemovedFurniture> dropped)
    {
        var text = HtmlText.Normalize(element.TextContent);
        if (text is { Length: > 0 })
        {
            dropped.Add(new RemovedFurniture(text.Length > MaxRecordedText ? text[..MaxRecordedText] + "…" : text, rule, reason));
        }

        element.Remove();
    }

    /// <summary>Ancestors of the headline and of the elements holding most of the paragraph text: never dropped as furniture.</summary>
    private static HashSet<IElement> ProtectedElements(IElement body)
    {
        var result = new HashSet<IElement>();
        if (body.QuerySelector("h1") is { } h1)
        {
            AddAncestors(h1, result);
        }

        var paragraphs = body.QuerySelectorAll("p").ToList();
        var total = paragraphs.Sum(p => p.TextContent.Length);
        if (total == 0)
        {
            return result;
        }

        var byParent = new Dictionary<IElement, int>();
        foreach (var p in paragraphs)
        {
            if (p.ParentElement is { } parent)
            {
                byParent[parent] = byParent.GetValueOrDefault(parent) + p.TextContent.Length;
            }
        }

        foreach (var (parent, length) in byParent)
        {
            if (length >= total * 0.3)
            {
                AddAncestors(parent, result);
            }
        }

        return result;
    }

    private static void AddAncestors(IElement element, HashSet<IElement> result)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            result.Add(current);
        }
    }

    private static (string Rule, string Reason)? MatchFurniture(IElement element)
    {
        var names = $"{element.GetAttribute("class")} {element.GetAttribute("id")}";
        if (names.Length > 500)
        {
            return null;
        }

        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = NameWords(name);
            foreach (var (rule, reason, tokens) in FurnitureTokens)
            {
                if (tokens.Any(t => ContainsSequence(words, t)))
                {
                    return (rule, reason);
                }
            }
        }

        return null;
    }

    private static string[] NameWords(string name) =>
        [.. CamelBoundary().Replace(name, "$1 $2").Split(['-', '_', ' ', '.', ':'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant())];

    /// <summary>Endings glued to a furniture word in class names ("relatedposts", "sharebar", "adbox").</summary>
    private static readonly HashSet<string> GluedEndings = new(ResourceText.Lines("Cleaning", "html-furniture-endings.txt"), StringComparer.Ordinal);

    private static bool WordMatches(string word, string token) =>
        word == token || (word.Length > token.Length && word.StartsWith(token, StringComparison.Ordinal) && GluedEndings.Contains(word[token.Length..]));

    private static bool ContainsSequence(string[] words, string[] token)
    {
        for (var i = 0; i + token.Length <= words.Length; i++)
        {
            var all = true;
            for (var j = 0; j < token.Length && all; j++)
            {
                all = WordMatches(words[i + j], token[j]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelBoundary();
}
