using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Publication;

/// <summary>Dates in the article URL's path: /2023/10/04/, /2024-03-28/, a slug ending -2024-03-28, /20240328/.</summary>
public static partial class UrlDates
{
    public static IEnumerable<PublicationDate> Find(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            yield break;
        }

        var path = Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?', '#')[0];
        if (path.Length > 2000)
        {
            yield break;
        }

        foreach (var pattern in new[] { Slashed(), Dashed(), Compact() })
        {
            var m = pattern.Match(path);
            if (m.Success && DateText.TryMake(Int(m, "y"), Int(m, "m"), Int(m, "d")) is { } date)
            {
                yield return new PublicationDate(date, PublicationDateSource.Url, $"URL path \"{m.Value.Trim('/', '-', '_')}\" in {url}", DateConfidence.Url);
                yield break;
            }
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)/(?<m>\d{1,2})/(?<d>\d{1,2})(?=/|$)")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"[-_/](?<y>(?:19|20)\d\d)-(?<m>\d{2})-(?<d>\d{2})(?=[-_/.]|$)")]
    private static partial Regex Dashed();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?<m>\d{2})(?<d>\d{2})(?=/|$)")]
    private static partial Regex Compact();
}
