namespace TimelineFunctions.Extraction.Comparison;

/// <summary>The crude plural folding the comparisons share: "koreans" and "korean", "defectors" and "defector".</summary>
public static class Plural
{
    /// <summary>The word without a final 's' (not after another 's', and not in words of three letters or fewer).</summary>
    public static string Fold(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
