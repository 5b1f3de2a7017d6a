namespace TimelineFunctions.Extraction.Reading;

/// <summary>Names of meta tags and structured fields that hold dates (data: Resources/Publication/date-meta-keys.txt).</summary>
public static class DateMetaKeys
{
    private static readonly Dictionary<string, DateMetaKind> Keys = Load();

    public static DateMetaKind? Classify(string key) => Keys.TryGetValue(key.Trim(), out var kind) ? kind : null;

    private static Dictionary<string, DateMetaKind> Load()
    {
        var keys = new Dictionary<string, DateMetaKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in ResourceText.Sections("Publication", "date-meta-keys.txt"))
        {
            var kind = section.Name == "updated" ? DateMetaKind.Updated : DateMetaKind.Published;
            foreach (var entry in section.Entries)
            {
                keys[entry] = kind;
            }
        }

        return keys;
    }
}
