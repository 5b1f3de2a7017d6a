using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Evaluation.TimeMl;

/// <summary>A TimeML file: its document creation time, its plain text (all tags stripped) and the gold TIMEX3s.</summary>
public sealed partial record TimeMlDocument(string Id, DateOnly? Dct, string Text, IReadOnlyList<GoldTimex> Timexes)
{
    public static TimeMlDocument Load(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));

    /// <summary>
    /// Reads the DCT from the DCT element (the TIMEX3 with functionInDocument="CREATION_TIME") and the TIMEX3s of the
    /// TEXT element; other tags (EVENT, SIGNAL, ...) are removed and entities decoded, offsets refer to the result.
    /// </summary>
    public static TimeMlDocument Parse(string id, string xml)
    {
        DateOnly? dct = null;
        var dctMatch = DctPattern().Match(xml);
        if (dctMatch.Success && DateOnly.TryParseExact(dctMatch.Groups[1].Value[..Math.Min(10, dctMatch.Groups[1].Value.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            dct = d;
        }

        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new FormatException($"{id}: no TEXT element.");
        }

        var body = xml[(open + "<TEXT>".Length)..close];
        var text = new StringBuilder(body.Length);
        var timexes = new List<GoldTimex>();
        (int Start, Dictionary<string, string> Attributes)? current = null;
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == '<')
            {
                var end = body.IndexOf('>', i);
                var tag = body[(i + 1)..end];
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    current = (text.Length, Attributes(tag));
                }
                else if (tag == "/TIMEX3" && current is { } t)
                {
                    var a = t.Attributes;
                    timexes.Add(new GoldTimex(t.Start, text.Length, a.GetValueOrDefault("type", "DATE"), a.GetValueOrDefault("value", string.Empty),
                        a.GetValueOrDefault("mod"), text.ToString(t.Start, text.Length - t.Start)));
                    current = null;
                }

                i = end + 1;
                continue;
            }

            if (c == '&')
            {
                var semi = body.IndexOf(';', i);
                if (semi > i && semi - i < 10)
                {
                    text.Append(WebUtility.HtmlDecode(body[i..(semi + 1)]));
                    i = semi + 1;
                    continue;
                }
            }

            text.Append(c);
            i++;
        }

        return new TimeMlDocument(id, dct, text.ToString(), timexes);
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in AttributePattern().Matches(tag))
        {
            map[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        }

        return map;
    }

    [GeneratedRegex("<DCT>\\s*<TIMEX3[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex DctPattern();

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();
}
