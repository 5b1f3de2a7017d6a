using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Temporal;

namespace TimelineFunctions.Extraction;

/// <summary>
/// The extraction pipeline: read → clean → date the publication → tag temporal expressions (each dated block
/// against its own stamp) → actors → events. Pure and thread-safe.
/// </summary>
public sealed class ArticleAnalyzer(TemporalTagger tagger, ActorExtractor actorExtractor, EventExtractor eventExtractor)
{
    public static ArticleAnalyzer Default { get; } = new(TemporalTagger.Default, ActorExtractor.Default, EventExtractor.Default);

    /// <exception cref="UnreadableArticleException">The input is not a readable article.</exception>
    public ArticleAnalysis Analyze(ArticleInput input, DateOnly? publishedOverride = null)
    {
        var raw = ArticleReader.Read(input);
        var cleaned = ArticleCleaner.Clean(raw);
        var dating = publishedOverride is { } date
            ? new PublicationDating(new PublicationDate(date, PublicationDateSource.BlobMetadata, "given by the caller", 1.0), [], [])
            : PublicationDateResolver.Resolve(raw, cleaned);
        var expressions = TagByBlock(cleaned.Text, dating);
        var actors = actorExtractor.Extract(cleaned.Text);
        var events = eventExtractor.Extract(cleaned.Text, expressions, actors, dating);
        return new ArticleAnalysis(raw, cleaned, dating, expressions, actors.Actors, events) { ActorMentions = actors.Mentions };
    }

    private List<TemporalExpression> TagByBlock(string text, PublicationDating dating)
    {
        if (dating.Blocks.Count == 0)
        {
            return [.. tagger.Tag(text, dating.Date?.Date)];
        }

        var all = new List<TemporalExpression>();
        foreach (var block in dating.Blocks)
        {
            var part = text.Substring(block.Start, block.Length);
            all.AddRange(tagger.Tag(part, block.Reference.Date).Select(t => t with { Start = t.Start + block.Start }));
        }

        return all;
    }
}
