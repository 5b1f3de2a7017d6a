using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>Blob metadata (keys published, title, url, source/outlet; case-insensitive).</summary>
/// <remarks>
/// It fills fields the content left empty and never silently overrides one: a conflicting value is noted. A "published"
/// value becomes a BlobMetadata date candidate.
/// </remarks>
public static class BlobMetadataReader
{
    public static RawArticle Apply(RawArticle raw, IReadOnlyDictionary<string, string> metadata)
    {
        if (metadata.Count == 0)
        {
            return raw;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in metadata)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values.TryAdd(key.Trim(), value.Trim());
            }
        }

        var notes = new List<string>(raw.NotesOrEmpty);
        var dates = new List<PublicationDate>(raw.StructuredDates);
        if (values.TryGetValue("published", out var published))
        {
            if (DateText.ParseStructured(published) is { } date)
            {
                dates.Add(new PublicationDate(date, PublicationDateSource.BlobMetadata, $"blob metadata published=\"{published}\"", 1.0));
            }
            else
            {
                notes.Add($"blob metadata published=\"{published}\" is not a date; ignored");
            }
        }

        string? Merge(string field, string? current, params string[] keys)
        {
            foreach (var key in keys)
            {
                if (values.TryGetValue(key, out var value))
                {
                    if (current is null)
                    {
                        return value;
                    }

                    if (!string.Equals(current, value, StringComparison.OrdinalIgnoreCase))
                    {
                        notes.Add($"blob metadata {key}=\"{value}\" differs from the article's {field} \"{current}\"; the article's value is kept");
                    }
                }
            }

            return current;
        }

        return raw with
        {
            Title = Merge("title", raw.Title, "title"),
            Url = Merge("url", raw.Url, "url"),
            Outlet = Merge("outlet", raw.Outlet, "source", "outlet"),
            StructuredDates = dates,
            Notes = notes,
        };
    }
}
