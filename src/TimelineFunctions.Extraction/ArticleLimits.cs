namespace TimelineFunctions.Extraction;

/// <summary>Per-article limits that bound the engine's work whatever arrives.</summary>
/// <remarks>
/// Each is several times the largest value found in real articles (the 843 full-length Timeline17 articles and the dev
/// set; <c>limits</c> in the benchmarks prints the survey), so only hostile or broken text reaches one. Hitting a limit
/// never rejects an article that still has text to analyse: a bounded prefix (or the text without the offending
/// sentence) is analysed and the limit is recorded among the article's removed text under <see cref="Rule"/>. See
/// docs/security.md.
/// </remarks>
public sealed record ArticleLimits
{
    /// <summary>The rule name the limits' notes are recorded under.</summary>
    public const string Rule = "article-limits";

    public static ArticleLimits Default { get; } = new();

    /// <summary>Non-blank lines of the body read and cleaned (real maximum: 2,122).</summary>
    public int MaxLines { get; init; } = 10_000;

    /// <summary>Characters of cleaned text analysed (real maximum: 230,602).</summary>
    public int MaxAnalyzedChars { get; init; } = 1_000_000;

    /// <summary>Sentences analysed (real maximum: 2,211).</summary>
    public int MaxSentences { get; init; } = 10_000;

    /// <summary>Characters in one sentence; a longer one is left out (real maximum: 1,665).</summary>
    public int MaxSentenceChars { get; init; } = 5_000;

    /// <summary>Events kept, in text order (real maximum: 552).</summary>
    public int MaxEvents { get; init; } = 2_500;

    /// <summary>Actors kept, the most mentioned first (real maximum: 2,011, in a 233 KB article; 99th percentile: 166).</summary>
    public int MaxActors { get; init; } = 5_000;
}
