namespace TimelineFunctions.Evaluation.DevSet;

/// <summary>
/// A quoted fragment of a gold <c>non_events</c> entry, e.g. <c>01-northwire: ... 'as at Feb 28, 2025' ...</c>.
/// </summary>
/// <remarks>
/// <see cref="Articles"/> holds the article prefixes the entry names ("01-northwire", "02"), empty when it names
/// none.
/// </remarks>
public sealed record NonEventFragment(IReadOnlyList<string> Articles, string Text)
{
    public bool AppliesTo(string goldArticle)
    {
        if (Articles.Count == 0)
        {
            return true;
        }

        var stem = goldArticle[(goldArticle.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return Articles.Any(a => a.Length == 2
            ? stem.StartsWith(a + "-", StringComparison.OrdinalIgnoreCase)
            : string.Equals(stem, a, StringComparison.OrdinalIgnoreCase));
    }
}
