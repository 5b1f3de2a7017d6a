using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Main-content extraction from a saved news page: drops scripts, navigation, page header/footer, asides,
/// forms, figure captions and class/id-marked furniture (data: Resources/Cleaning/html-furniture.txt), picks
/// the element that holds the story's paragraphs, and turns it into plain text (paragraphs separated by blank
/// lines; the headline first, then byline/dateline lines). Meta tags, &lt;time&gt; and JSON-LD give the title,
/// outlet, canonical URL and dates.
/// </summary>
public static partial class HtmlReader
{
    private const int MaxRecordedText = 300;

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "header", "footer", "address", "hr", "figure", "center", "tbody",
    };

    private static readonly IReadOnlyList<(string Rule, string Reason, string[][] Tokens)> FurnitureTokens =
        [.. ResourceText.Sections("Cleaning", "html-furniture.txt")
            .Select(s => (s.Name, s.Reason, s.Entries.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray()))];

    public static HtmlExtraction Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(HtmlDepthGuard.Limit(html, out var pastTagLimit));
        var dates = new List<PublicationDate>();
        var dropped = new List<RemovedFurniture>();
        if (pastTagLimit > 0)
        {
            dropped.Add(new RemovedFurniture($"{pastTagLimit:N0} tags", ArticleLimits.Rule, $"the page has more than the {HtmlDepthGuard.MaxTags:N0} tags read per page; the markup of the rest was ignored (its text kept)"));
        }

        var meta = MetaValues(document);
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent));
        dates.AddRange(MetaDates(meta));
        dates.AddRange(TimeElementDates(document));
        dates.AddRange(jsonLd.Dates);

        var docTitle = Normalize(document.QuerySelector("title")?.TextContent);
        var outlet = First(meta, "og:site_name") ?? jsonLd.Publisher ?? First(meta, "application-name");
        var url = document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")?.Trim() is { Length: > 0 } canonical
            ? canonical
            : First(meta, "og:url") ?? jsonLd.Url;

        var body = document.Body;
        if (body is null)
        {
            return new HtmlExtraction("", docTitle, url, outlet, dates, dropped);
        }

        DropFurniture(body, dropped);
        var h1 = body.QuerySelector("article h1") ?? body.QuerySelector("h1");
        var headline = Normalize(h1?.TextContent);
        var title = headline is { Length: > 0 } ? headline : First(meta, "og:title") ?? jsonLd.Headline ?? docTitle;

        var root = MainContent(body);
        var paragraphs = new List<string>();
        if (headline is { Length: > 0 } && (h1 is null || !IsInside(h1, root)))
        {
            paragraphs.Add(headline);
        }

        var scope = HeadlineScope(h1, root);
        if (HeadlineTime(scope ?? root) is { } time)
        {
            dates.Add(time);
        }

        foreach (var line in BylineElements(scope, root))
        {
            paragraphs.Add(line);
        }

        paragraphs.AddRange(Paragraphs(root));
        return new HtmlExtraction(string.Join("\n\n", paragraphs), title, url, outlet, dates, dropped);
    }

    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content")?.Trim();
            if (key is { Length: > 0 } && content is { Length: > 0 })
            {
                values.TryAdd(key.Trim(), content);
            }
        }

        return values;
    }

    private static string? First(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var v) ? Normalize(v) : null;

    private static IEnumerable<PublicationDate> MetaDates(Dictionary<string, string> meta)
    {
        foreach (var (key, value) in meta)
        {
            var kind = DateMetaKeys.Classify(key);
            if (kind is null || DateText.ParseStructured(value) is not { } date)
            {
                continue;
            }

            yield return kind == DateMetaKind.Published
                ? new PublicationDate(date, PublicationDateSource.HtmlMeta, $"<meta {key}=\"{value}\">", 0.9)
                : new PublicationDate(date, PublicationDateSource.HtmlMeta, $"updated: <meta {key}=\"{value}\">", 0.45, IsUpdate: true);
        }
    }

    private static IEnumerable<PublicationDate> TimeElementDates(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("time[pubdate], [itemprop='datePublished' i]:not(meta)"))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            if (DateText.ParseStructured(value) is { } date)
            {
                yield return new PublicationDate(date, PublicationDateSource.HtmlMeta, $"<{element.LocalName}> published {value.Trim()}", 0.85);
            }
        }
    }

    private static void DropFurniture(IElement body, List<RemovedFurniture> dropped)
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

    private static bool IsAttached(IElement element, IElement body) => IsInside(element, body);

    /// <summary>Whether <paramref name="ancestor"/> is the element or one of its ancestors (a parent walk: DOM Contains can scan the whole subtree).</summary>
    private static bool IsInside(INode element, INode ancestor)
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

    private static void Record(IElement element, string rule, string reason, List<RemovedFurniture> dropped)
    {
        var text = Normalize(element.TextContent);
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
    private static readonly HashSet<string> GluedEndings = new(StringComparer.Ordinal)
    {
        "posts", "stories", "articles", "links", "news", "bar", "box", "widget", "block", "wrapper", "container",
        "section", "list", "area", "module", "content", "items", "tools", "buttons", "icons", "s",
    };

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

    /// <summary>The element holding the story: an explicit article body, else the densest paragraph container.</summary>
    private static IElement MainContent(IElement body)
    {
        var explicitCandidates = body.QuerySelectorAll("[itemprop='articleBody' i], article, main, [role='main']").ToList();
        var best = explicitCandidates
            .Select(e => (Element: e, Score: ParagraphText(e)))
            .Where(c => c.Score >= 80)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Element.GetAttribute("itemprop") is not null)
            .Select(c => c.Element)
            .FirstOrDefault();
        if (best is not null)
        {
            // Prefer the innermost explicit candidate that still holds almost all of the best one's paragraphs.
            var bestScore = ParagraphText(best);
            var inner = explicitCandidates.Where(e => e != best && IsInside(e, best) && ParagraphText(e) >= bestScore * 0.9).OrderBy(ParagraphText).FirstOrDefault();
            return inner ?? best;
        }

        var scores = new Dictionary<IElement, int>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            if (p.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + p.TextContent.Length;
            }
        }

        return scores.Count == 0 ? body : scores.MaxBy(s => s.Value).Key;
    }

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    /// <summary>
    /// The block around the headline where bylines and dates sit: the h1's ancestor up to three levels up that
    /// does not also hold the story container (so lists elsewhere on the page are never read as bylines).
    /// </summary>
    private static IElement? HeadlineScope(IElement? h1, IElement root)
    {
        IElement? scope = null;
        var current = h1?.ParentElement;
        for (var level = 0; level < 3 && current is not null && current.LocalName is not ("body" or "html"); level++)
        {
            if (IsInside(root, current) && root != current)
            {
                break;
            }

            scope = current;
            current = current.ParentElement;
        }

        return scope;
    }

    /// <summary>The first machine-readable &lt;time datetime&gt; near the headline or at the top of the story container.</summary>
    private static PublicationDate? HeadlineTime(IElement scope)
    {
        var time = scope.QuerySelector("time[datetime]");
        var value = time?.GetAttribute("datetime");
        return DateText.ParseStructured(value) is { } date
            ? new PublicationDate(date, PublicationDateSource.HtmlMeta, $"<time datetime=\"{value}\"> by the headline", 0.8)
            : null;
    }

    private static IEnumerable<string> BylineElements(IElement? scope, IElement root)
    {
        if (scope is null)
        {
            yield break;
        }

        var count = 0;
        foreach (var element in scope.QuerySelectorAll("[class*='byline' i], [class*='dateline' i], [rel='author'], [itemprop='author'], address, time, [class*='timestamp' i], [class*='publish' i]"))
        {
            if (IsInside(element, root) || element.Closest("h1") is not null || count >= 4)
            {
                continue;
            }

            if (element.ParentElement?.Closest("[class*='byline' i], [class*='dateline' i], [itemprop='author'], [class*='timestamp' i], [class*='publish' i]") is not null)
            {
                continue;
            }

            var text = Normalize(element.TextContent);
            if (text is { Length: > 0 and <= 200 })
            {
                count++;
                yield return text;
            }
        }
    }

    /// <summary>Block-structured text of an element, walked without recursion (deeply nested pages cannot overflow the stack).</summary>
    private static List<string> Paragraphs(INode root)
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

        var lines = current.ToString().Split('\n').Select(Normalize).Where(l => l is { Length: > 0 } && l != "-").ToList();
        current.Clear();
        if (lines.Count > 0)
        {
            paragraphs.Add(string.Join('\n', lines));
        }
    }

    private static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelBoundary();
}
