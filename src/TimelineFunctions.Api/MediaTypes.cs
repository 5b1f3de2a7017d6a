namespace TimelineFunctions.Api;

/// <summary>Reads Content-Type and Accept headers (RFC 9110): media types with parameters, and q-values in Accept.</summary>
public static class MediaTypes
{
    /// <summary>True for application/json and +json types, whatever their parameters (charset).</summary>
    public static bool IsJson(string? contentType)
    {
        var type = MediaType(contentType ?? "");
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the Accept header lists <paramref name="mediaType"/> itself with a q-value above 0 (wildcards do not count).</summary>
    public static bool Accepts(string accept, string mediaType)
    {
        foreach (var range in accept.Split(','))
        {
            if (MediaType(range).Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            {
                return Quality(range) > 0;
            }
        }

        return false;
    }

    private static string MediaType(string value) => value.Split(';', 2)[0].Trim();

    private static double Quality(string range)
    {
        foreach (var parameter in range.Split(';').Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                return double.TryParse(pair[1].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 0;
            }
        }

        return 1;
    }
}
