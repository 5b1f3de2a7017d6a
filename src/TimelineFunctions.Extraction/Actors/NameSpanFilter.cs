using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// Drops runs of capitalized words that are page clutter, not names: a run made only of site-navigation words
/// (Resources/Actors/furniture-words.txt: "Menu Content", "Go Top"); a single all-capitals word the text also uses as
/// an ordinary lower-case word ("READ", "RESCUE", "THE": a shouted heading, not an acronym); and a run in a title-case
/// line (a headline, a menu, a teaser) that the body never names ("Approve Proposed Merger", "Block Closing").
/// </summary>
/// <remarks>
/// A name a headline shares with the body stays.
/// </remarks>
public sealed class NameSpanFilter
{
    private const double TitleCaseShare = 0.6;
    private const int MinTitleWords = 3;

    private static readonly HashSet<string> FurnitureWords = new(ResourceText.Lines("Actors", "furniture-words.txt"), StringComparer.OrdinalIgnoreCase);

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<(int Start, int End)> _titleLines;

    // Built on first use: most articles have few all-capitals words and few names in title-case lines.
    private HashSet<string>? _lowerWords;
    private string? _body;

    public NameSpanFilter(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
        _titleLines = TitleCaseLines(text);
    }

    /// <summary>The words the text writes in lower case.</summary>
    private HashSet<string> LowerWords => _lowerWords ??= [.. _tokens.Where(t => t.IsWord && char.IsLower(t.Text[0])).Select(t => t.Text)];

    /// <summary>The text with its title-case lines blanked out.</summary>
    private string Body
    {
        get
        {
            if (_body is null)
            {
                var body = _text.ToCharArray();
                foreach (var (start, end) in _titleLines)
                {
                    body.AsSpan(start, end - start).Fill(' ');
                }

                _body = new string(body);
            }

            return _body;
        }
    }

    public bool IsClutter(NameSpan span)
    {
        var (words, furniture) = (0, 0);
        for (var i = span.First; i <= span.Last; i++)
        {
            if (span.Tokens[i].IsWord)
            {
                words++;
                furniture += FurnitureWords.Contains(span.Tokens[i].Text) ? 1 : 0;
            }
        }

        if (words == furniture)
        {
            return true;
        }

        if (span.Count == 1 && IsShoutedWord(span))
        {
            return true;
        }

        return InTitleLine(span.Start) && !Body.Contains(span.Surface, StringComparison.Ordinal);
    }

    /// <summary>
    /// An all-capitals word the text also writes in lower case, in a shouted heading (next to another all-capitals
    /// word: "THAI TEAM'S RESCUE") or a furniture word ("READ | …", "THE number of …").
    /// </summary>
    private bool IsShoutedWord(NameSpan span)
    {
        var token = span.Tokens[span.First];
        if (!token.IsAllCaps || !LowerWords.Contains(token.Text.ToLowerInvariant()))
        {
            return false;
        }

        return FurnitureWords.Contains(token.Text) || IsAllCapsWord(NearestWord(span, -1)) || IsAllCapsWord(NearestWord(span, 1));
    }

    private static Token? NearestWord(NameSpan span, int step)
    {
        for (int i = (step < 0 ? span.First : span.Last) + step, hops = 0; i >= 0 && i < span.Tokens.Count && hops < 3; i += step, hops++)
        {
            if (span.Tokens[i].IsWord)
            {
                return span.Tokens[i];
            }
        }

        return null;
    }

    private static bool IsAllCapsWord(Token? token) => token is { IsWord: true, IsAllCaps: true };

    private bool InTitleLine(int offset)
    {
        foreach (var (start, end) in _titleLines)
        {
            if (offset >= start && offset < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lines of at least three words, most of them capitalized, not ending like a sentence.</summary>
    private static List<(int Start, int End)> TitleCaseLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0 && line[^1] is not ('.' or '!' or '?' or ','))
            {
                var (words, capitalized) = TitleCaseWords.Count(line);
                if (words >= MinTitleWords && capitalized >= TitleCaseShare * words)
                {
                    lines.Add((start, end));
                }
            }

            start = end + 1;
        }

        return lines;
    }
}
