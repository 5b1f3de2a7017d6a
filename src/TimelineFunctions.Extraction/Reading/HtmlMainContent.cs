using AngleSharp.Dom;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>Finds the element that holds the story and the byline lines near its headline.</summary>
internal static class HtmlMainContent
{
    /// <summary>The element holding the story: an explicit article body, else the densest paragraph container.</summary>
    internal static IElement Find(IElement body)
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
            var inner = explicitCandidates.Where(e => e != best && HtmlText.IsInside(e, best) && ParagraphText(e) >= bestScore * 0.9).OrderBy(ParagraphText).FirstOrDefault();
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
    internal static IElement? HeadlineScope(IElement? h1, IElement root)
    {
        IElement? scope = null;
        var current = h1?.ParentElement;
        for (var level = 0; level < 3 && current is not null && current.LocalName is not ("body" or "html"); level++)
        {
            if (HtmlText.IsInside(root, current) && root != current)
            {
                break;
            }

            scope = current;
            current = current.ParentElement;
        }

        return scope;
    }

    internal static IEnumerable<string> BylineElements(IElement? scope, IElement root)
    {
        if (scope is null)
        {
            yield break;
        }

        var count = 0;
        foreach (var element in scope.QuerySelectorAll("[class*='byline' i], [class*='dateline' i], [rel='author'], [itemprop='author'], address, time, [class*='timestamp' i], [class*='publish' i]"))
        {
            if (HtmlText.IsInside(element, root) || element.Closest("h1") is not null || count >= 4)
            {
                continue;
            }

            if (element.ParentElement?.Closest("[class*='byline' i], [class*='dateline' i], [itemprop='author'], [class*='timestamp' i], [class*='publish' i]") is not null)
            {
                continue;
            }

            var text = HtmlText.Normalize(element.TextContent);
            if (text is { Length: > 0 and <= 200 })
            {
                count++;
                yield return text;
            }
        }
    }
}
