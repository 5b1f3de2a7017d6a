using System.Globalization;
using System.Text;
using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Extraction.Text;

/// <summary>
/// The part of a cleaned text the extraction stages see, within <see cref="ArticleLimits"/>: sentences longer than <see
/// cref="ArticleLimits.MaxSentenceChars"/> are left out, and the text stops before the sentence that would pass <see
/// cref="ArticleLimits.MaxSentences"/> or <see cref="ArticleLimits.MaxAnalyzedChars"/>.
/// </summary>
/// <remarks>
/// One pass over the text; every later stage then works on a bounded input. Each limit hit is one note.
/// </remarks>
public static class AnalysisWindow
{
    private const int ExcerptChars = 120;

    public static (string Text, IReadOnlyList<RemovedFurniture> Notes) Cut(string text, ArticleLimits limits)
    {
        StringBuilder? kept = null;
        var (copied, keptChars, sentences, overLong) = (0, 0, 0, 0);
        string? firstOverLong = null;
        var notes = new List<RemovedFurniture>();
        foreach (var (start, end) in SentenceSplitter.Bounds(text))
        {
            var length = end - start;
            if (length > limits.MaxSentenceChars)
            {
                kept ??= new StringBuilder(Math.Min(text.Length, limits.MaxAnalyzedChars));
                kept.Append(text, copied, start - copied);
                copied = end;
                overLong++;
                firstOverLong ??= Excerpt(text, start, length);
                continue;
            }

            if (sentences == limits.MaxSentences || keptChars + length > limits.MaxAnalyzedChars)
            {
                kept ??= new StringBuilder(start);
                kept.Append(text, copied, start - copied);
                copied = text.Length;
                var which = sentences == limits.MaxSentences
                    ? $"{limits.MaxSentences:N0} sentences"
                    : $"{limits.MaxAnalyzedChars:N0} characters";
                notes.Add(new(Excerpt(text, start, text.Length - start), ArticleLimits.Rule, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the article is longer than the {which} analysed per article; the last {text.Length - start:N0} characters were not analysed")));
                break;
            }

            sentences++;
            keptChars += length;
        }

        if (overLong > 0)
        {
            notes.Insert(0, new(firstOverLong!, ArticleLimits.Rule, string.Create(
                CultureInfo.InvariantCulture,
                $"{overLong:N0} sentence(s) longer than {limits.MaxSentenceChars:N0} characters (no prose sentence is that long) were not analysed")));
        }

        if (kept is null)
        {
            return (text, notes);
        }

        kept.Append(text, copied, text.Length - copied);
        return (kept.ToString().Trim(), notes);
    }

    /// <summary>
    /// The body up to the end of its <see cref="ArticleLimits.MaxLines"/>th non-blank line, with a note when it was
    /// longer: the cleaning rules look at every line, so their work is bounded by the number of lines as well as by
    /// their length. One pass, no copy of the lines.
    /// </summary>
    public static (string Body, RemovedFurniture? Note) CutLines(string body, ArticleLimits limits)
    {
        var (lines, blank) = (0, true);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                blank = true;
            }
            else if (blank && !char.IsWhiteSpace(c))
            {
                blank = false;
                if (++lines > limits.MaxLines)
                {
                    return (body[..i].TrimEnd(), new(Excerpt(body, i, body.Length - i), ArticleLimits.Rule, string.Create(
                        CultureInfo.InvariantCulture,
                        $"the article has more than the {limits.MaxLines:N0} lines read per article; the last {body.Length - i:N0} characters were not read")));
                }
            }
        }

        return (body, null);
    }

    private static string Excerpt(string text, int start, int length) =>
        length <= ExcerptChars ? text.Substring(start, length) : string.Concat(text.AsSpan(start, ExcerptChars), "…");
}
