using System.Globalization;
using System.Text;

namespace TimelineFunctions.Extraction.Actors;

/// <summary>Actor ids: lower-case slugs of the canonical name, without diacritics ("wang-wenbin", "south-korea").</summary>
public static class ActorIds
{
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    /// <summary>A person's id uses the first and last name only, so "Lewis A. Kaplan" and "Lewis Kaplan" are one.</summary>
    public static string ForPerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !(w.Length == 2 && w[1] == '.')).ToList();
        return Slug(words.Count <= 2 ? string.Join(' ', words) : $"{words[0]} {words[^1]}");
    }
}
