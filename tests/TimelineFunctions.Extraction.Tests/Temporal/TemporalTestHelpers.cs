using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Tests.Temporal;

internal static class TemporalTestHelpers
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Tags the sentence and returns the single expression whose text is <paramref name="expression"/>.</summary>
    public static TemporalExpression Single(string sentence, string expression, string? dct)
    {
        var found = TemporalTagger.Default.Tag(sentence, dct is null ? null : D(dct));
        var matches = found.Where(t => t.Text == expression).ToList();
        Assert.True(matches.Count == 1, $"Expected one '{expression}' in \"{sentence}\", got: {string.Join("; ", found.Select(f => $"'{f.Text}'={f.Value}"))}");
        return matches[0];
    }

    public static IReadOnlyList<TemporalExpression> Tag(string sentence, string? dct) =>
        TemporalTagger.Default.Tag(sentence, dct is null ? null : D(dct));
}
