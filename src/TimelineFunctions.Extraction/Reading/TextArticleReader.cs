using System.Text;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Plain-text articles: normalises line ends to \n, turns no-break and zero-width spaces into plain spaces or
/// nothing, drops stray control characters and trailing spaces. Leading spaces of the first line are kept (the
/// crawler-header rule needs them).
/// </summary>
public static class TextArticleReader
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                case '\u00A0' or '\t':
                    builder.Append(' ');
                    break;
                case '\uFEFF' or '\u200B':
                    break;
                default:
                    if (!char.IsControl(c) || c == '\n')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        var lines = builder.ToString().Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines);
    }
}
