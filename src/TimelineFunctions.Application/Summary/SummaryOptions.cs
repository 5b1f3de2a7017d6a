namespace TimelineFunctions.Application.Summary;

/// <summary>
/// How long a summary should be: <see cref="Dates"/> key dates (null: a length that fits the story, see
/// <see cref="SummaryLength"/>) and at most <see cref="Sentences"/> sentences for each.
/// </summary>
public sealed record SummaryOptions(int? Dates, int Sentences)
{
    public const int DefaultSentences = 2;
    public const int MaxDates = 200;
    public const int MaxSentences = 20;

    public static SummaryOptions Default { get; } = new(null, DefaultSentences);
}
