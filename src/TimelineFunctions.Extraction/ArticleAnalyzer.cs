using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction;

/// <summary>
/// The extraction pipeline: read → clean → cut to the analysis window (<see cref="ArticleLimits"/>) → date the
/// publication → tag temporal expressions (each dated block against its own stamp) → actors → events, each list capped
/// by the limits.
/// </summary>
/// <remarks>
/// Pure and thread-safe; the cancellation token is checked between stages, each of which works on bounded input.
/// </remarks>
public sealed class ArticleAnalyzer(TemporalTagger tagger, ActorExtractor actorExtractor, EventExtractor eventExtractor, ArticleLimits? limits = null)
{
    private readonly ArticleLimits _limits = limits ?? ArticleLimits.Default;

    public static ArticleAnalyzer Default { get; } = new(TemporalTagger.Default, ActorExtractor.Default, EventExtractor.Default);

    public ArticleLimits Limits => _limits;

    /// <exception cref="UnreadableArticleException">The input is not a readable article.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ArticleAnalysis Analyze(ArticleInput input, DateOnly? publishedOverride = null, CancellationToken cancellationToken = default)
    {
        var raw = ArticleReader.Read(input);
        cancellationToken.ThrowIfCancellationRequested();
        var (body, linesCut) = AnalysisWindow.CutLines(raw.Body, _limits);
        raw = linesCut is null ? raw : raw with { Body = body };
        var cleaned = Window(input.Name, ArticleCleaner.Clean(raw), out var limitNotes);
        if (linesCut is not null)
        {
            limitNotes.Insert(0, linesCut);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var dating = publishedOverride is { } date
            ? new PublicationDating(new PublicationDate(date, PublicationDateSource.BlobMetadata, "given by the caller", 1.0), [], [])
            {
                LiveEntryStarts = [.. LiveClock.Entries(cleaned.Text).Select(e => e.Offset)],
            }
            : PublicationDateResolver.Resolve(raw, cleaned);
        var expressions = TagByBlock(cleaned.Text, dating);
        cancellationToken.ThrowIfCancellationRequested();
        var actors = CapActors(actorExtractor.Extract(cleaned.Text), limitNotes);
        cancellationToken.ThrowIfCancellationRequested();
        var events = CapEvents(eventExtractor.Extract(cleaned.Text, expressions, actors, dating), limitNotes);
        cleaned = limitNotes.Count == 0 ? cleaned : cleaned with { Removed = [.. cleaned.Removed, .. limitNotes] };
        return new ArticleAnalysis(raw, cleaned, dating, expressions, actors.Actors, events) { ActorMentions = actors.Mentions, LimitNotes = limitNotes };
    }

    /// <summary>The cleaned text cut to the analysis window; an article with no sentence inside it is unreadable.</summary>
    private CleanedArticle Window(string name, CleanedArticle cleaned, out List<RemovedFurniture> notes)
    {
        var (text, cut) = AnalysisWindow.Cut(cleaned.Text, _limits);
        notes = [.. cut];
        if (text.Length == 0 && cleaned.Text.Length > 0)
        {
            throw new UnreadableArticleException("no-text", $"\"{name}\" has no sentence of at most {_limits.MaxSentenceChars:N0} characters: it is not prose an article is made of.");
        }

        return ReferenceEquals(text, cleaned.Text) ? cleaned : cleaned with { Text = text };
    }

    /// <summary>The most mentioned actors up to the limit (ties in order of first mention), and only their mentions.</summary>
    private ActorAnalysis CapActors(ActorAnalysis actors, List<RemovedFurniture> notes)
    {
        if (actors.Actors.Count <= _limits.MaxActors)
        {
            return actors;
        }

        var mentions = actors.Mentions.CountBy(m => m.ActorId).ToDictionary(StringComparer.Ordinal);
        var kept = actors.Actors.Select((a, i) => (Actor: a, Order: i))
            .OrderByDescending(a => mentions.GetValueOrDefault(a.Actor.Id)).ThenBy(a => a.Order)
            .Take(_limits.MaxActors).OrderBy(a => a.Order).Select(a => a.Actor).ToList();
        var ids = kept.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        notes.Add(new($"{actors.Actors.Count - kept.Count:N0} actors", ArticleLimits.Rule, $"the article names {actors.Actors.Count:N0} actors; the {_limits.MaxActors:N0} most mentioned are kept"));
        return new ActorAnalysis(kept, [.. actors.Mentions.Where(m => ids.Contains(m.ActorId))]) { Tokens = actors.Tokens };
    }

    private IReadOnlyList<ExtractedEvent> CapEvents(IReadOnlyList<ExtractedEvent> events, List<RemovedFurniture> notes)
    {
        if (events.Count <= _limits.MaxEvents)
        {
            return events;
        }

        notes.Add(new($"{events.Count - _limits.MaxEvents:N0} events", ArticleLimits.Rule, $"the article gives {events.Count:N0} events; the first {_limits.MaxEvents:N0} are kept"));
        return [.. events.Take(_limits.MaxEvents)];
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
