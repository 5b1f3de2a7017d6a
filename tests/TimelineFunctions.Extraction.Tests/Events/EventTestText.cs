using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>The events of an invented text with given dates, on a page stamped with a publication date.</summary>
internal static class EventTestText
{
    /// <summary>A day the tagger would find at <paramref name="phrase"/>'s first place in <paramref name="text"/>.</summary>
    public static TemporalExpression Day(string text, string phrase, int y, int m, int d) =>
        new(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, phrase, TimexType.Date, $"{y:D4}-{m:D2}-{d:D2}", Granularity.Day, new DateOnly(y, m, d), new DateOnly(y, m, d), null, "test");

    /// <summary>A year the tagger would find at <paramref name="phrase"/>'s first place in <paramref name="text"/>.</summary>
    public static TemporalExpression Year(string text, string phrase, int year) =>
        new(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, phrase, TimexType.Date, $"{year:D4}", Granularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, "test");

    /// <summary>The events of <paramref name="text"/>, published on <paramref name="published"/>, with the dates the tagger finds in it.</summary>
    public static IReadOnlyList<ExtractedEvent> ExtractTagged(DateOnly published, string text) =>
        ExtractPublished(published, text, [.. TemporalTagger.Default.Tag(text, published)]);

    /// <summary>The events the extractor finds in <paramref name="text"/>, published on <paramref name="published"/>.</summary>
    public static IReadOnlyList<ExtractedEvent> ExtractPublished(DateOnly published, string text, params TemporalExpression[] timexes) =>
        EventExtractor.Default.Extract(text, timexes, ActorExtractor.Default.Extract(text), new PublicationDating(new PublicationDate(published, PublicationDateSource.Stamp, "test", 1), [], []));
}
