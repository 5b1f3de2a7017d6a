using System.Globalization;
using System.Text;
using TimelineFunctions.Extraction.Cleaning;

namespace TimelineFunctions.Extraction.Text;

/// <summary>
/// The part of a cleaned text the extraction stages see, within <see cref="ArticleLimits"/>: sentences longer than
/// <see cref="ArticleLimits.MaxSentenceChars"/> are left out, and the text stops before the sentence that would pass
/// <see cref="ArticleLimits.MaxSentences"/> or <see cref="ArticleLimits.MaxAnalyzedChars"/>. One pass over the text;
/// every later stage then works on a bounded input. Each limit hit is one note.
/// </summary>
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

    private static string Excerpt(string text, int start, int length) =>
        length <= ExcerptChars ? text.Substring(start, length) : string.Concat(text.AsSpan(start, ExcerptChars), "…");
}
