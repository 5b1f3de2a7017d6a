namespace TimelineFunctions.Application.Merging;

/// <summary>
/// A report's content words as sorted numbers, one number per word of one merge's vocabulary: the merge compares
/// every report with many others, and counting shared numbers in two sorted arrays is far cheaper than looking
/// words up in a set.
/// </summary>
/// <remarks>
/// <see cref="Similarity"/> gives exactly what <see cref="Extraction.Comparison.ContentWords.Similarity"/> gives
/// for the same words.
/// </remarks>
internal sealed class WordIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>The words' numbers in this vocabulary, ascending; a word seen first gets the next number.</summary>
    public int[] Of(IReadOnlyCollection<string> words)
    {
        var ids = new int[words.Count];
        var i = 0;
        foreach (var word in words)
        {
            if (!_ids.TryGetValue(word, out var id))
            {
                _ids[word] = id = _ids.Count;
            }

            ids[i++] = id;
        }

        Array.Sort(ids);
        return ids;
    }

    /// <summary>Set cosine: shared words over the geometric mean of the sizes; 0 when either is empty.</summary>
    public static double Similarity(int[] a, int[] b) =>
        a.Length == 0 || b.Length == 0 ? 0 : Shared(a, b) / Math.Sqrt((double)a.Length * b.Length);

    /// <summary>How many words two ascending arrays of word numbers share.</summary>
    public static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                shared++;
                i++;
                j++;
            }
        }

        return shared;
    }
}
