using System.Text;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Plain-text articles: normalises line ends to \n, turns no-break and zero-width spaces into plain spaces or nothing,
/// drops stray control characters and trailing spaces.
/// </summary>
/// <remarks>
/// Leading spaces of the first line are kept (the crawler-header rule needs them).
/// </remarks>
public static class TextArticleReader
{
    /// <summary>One pass: each character is appended once and trailing white space is taken off the builder's end.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    EndLine(builder);
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n' or '\u2028' or '\u2029' or '\u0085':
                    EndLine(builder);
                    break;
                case '\u00A0' or '\t':
                    builder.Append(' ');
                    break;
                case '\uFEFF' or '\u200B':
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        TrimEnd(builder);
        return builder.ToString();
    }

    private static void EndLine(StringBuilder builder)
    {
        TrimEnd(builder);
        builder.Append('\n');
    }

    private static void TrimEnd(StringBuilder builder)
    {
        var end = builder.Length;
        while (end > 0 && builder[end - 1] != '\n' && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
    }
}
